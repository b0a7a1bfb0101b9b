package org.fengqiao.cases.demo;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Channel;
import org.fengqiao.cases.FeedbackMethod;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.SupervisionLevel;
import org.fengqiao.cases.lifecycle.CaseRecord;
import org.fengqiao.cases.lifecycle.LifecycleRules;
import org.fengqiao.cases.rules.SlaPolicy;
import org.fengqiao.directory.Department;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.fengqiao.cases.demo.DemoCasePlanner.Episode;
import org.fengqiao.cases.demo.DemoCasePlanner.Plan;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * Tells one planned case's story through its walk: dispatch within hours, sign-for within the limit, joint
 * handling, resolution (mostly well before the due date), feedback, return visit and closure by the desk,
 * with the episode's detour; people act in office hours, units on duty sign for at any hour.
 */
public final class DemoCaseStory {

	private final Random random;
	private final WorkingDayCalendar calendar;
	private final Set<String> units;

	/** @param units the department codes that exist (each lead and co-unit is checked against them) */
	DemoCaseStory(Random random, WorkingDayCalendar calendar, Set<String> units) {
		this.random = random;
		this.calendar = calendar;
		this.units = units;
	}

	DemoCaseWalk.Result tell(Plan p, CaseRecord received, SlaPolicy sla, LifecycleRules rules, Instant end) {
		DemoCaseWalk w = new DemoCaseWalk(rules, end);
		w.create(received);
		if (dispatched(w, p) && handle(w, p, unit(p, p.route().lead()), sla)) {
			finish(w, p, sla);
		}
		return w.finish();
	}

	/** The desk dispatches within hours (urgent cases and incidents within minutes); a returned case twice. */
	private boolean dispatched(DemoCaseWalk w, Plan p) {
		String town = p.town().code();
		String lead = unit(p, p.route().lead());
		boolean quick = p.priority() == Priority.URGENT || p.kind() == CaseKind.INCIDENT;
		Instant at = quick ? p.receivedAt().plus(minutes(5, 40)) : work(p.receivedAt().plus(minutes(10, 180)));
		String dispatcher = random.nextInt(100) < 20 ? DemoRouting.leader(town) : DemoRouting.desk(town);
		if (p.episode() == Episode.RETURNED) {
			String wrong = DemoRouting.unit(town, DemoRouting.wrongKind(DemoRouting.kindOf(lead)));
			Instant returned = at.plus(minutes(40, 300));
			if (!w.dispatch(at, dispatcher, wrong, List.of(), null) || !w.returnCase(returned,
					DemoRouting.staffOf(wrong), DemoCaseScripts.returnReason(DemoRouting.kindOf(wrong)))) {
				return false;
			}
			at = work(returned.plus(minutes(20, 180)));
		}
		return w.dispatch(at, dispatcher, lead, coUnits(p),
				DemoCaseScripts.dispatchComment(p.route().lead(), p.route().byRule()));
	}

	/** After the first unit signed for it: up to the town or the county if the episode says so, then the end. */
	private void finish(DemoCaseWalk w, Plan p, SlaPolicy sla) {
		String town = p.town().code();
		String lead = unit(p, p.route().lead());
		List<String> co = coUnits(p);
		String center = DemoRouting.desk(town);
		if (p.episode() == Episode.VILLAGE_ESCALATION) {
			String judicial = DemoRouting.unit(town, "JUDICIAL_OFFICE");
			if (!w.escalate(work(w.last().plus(hours(20, 96))), DemoRouting.staffOf(lead), DemoCaseScripts.ESCALATE_TO_TOWN)
					|| !w.dispatch(work(w.last().plus(minutes(60, 300))), center, judicial, List.of(),
							DemoCaseScripts.dispatchComment("JUDICIAL_OFFICE", false))
					|| !handle(w, p, judicial, sla)) {
				return;
			}
			lead = judicial;
			co = List.of();
		}
		if (p.episode() == Episode.COUNTY_ESCALATION || p.episode() == Episode.COUNTY_OPEN) {
			String countyCenter = Department.countyCenterOf(town);
			String countyUnit = check(DemoRouting.unit(countyCenter.substring(0, 12), DemoRouting.countyKind(p.category())));
			center = DemoRouting.staffOf(countyCenter);
			if (!w.escalate(work(w.last().plus(hours(30, 120))), DemoRouting.staffOf(lead), DemoCaseScripts.ESCALATE_TO_COUNTY)
					|| !w.dispatch(work(w.last().plus(hours(2, 30))), center, countyUnit, List.of(), null)
					|| !handle(w, p, countyUnit, sla)) {
				return;
			}
			lead = countyUnit;
			co = List.of();
			if (p.episode() == Episode.COUNTY_OPEN) {
				if (w.status() == CaseStatus.ACCEPTED) {
					w.start(work(w.last().plus(hours(2, 20))), DemoRouting.staffOf(lead));
				}
				w.supervise(work(w.last().plus(hours(24 * 25, 24 * 40))), center, SupervisionLevel.LISTED,
						DemoCaseScripts.SUPERVISE);
				return;
			}
		}
		if (resolve(w, p, lead, co, sla)) {
			visitAndClose(w, p, lead, center);
		}
	}

	private List<String> coUnits(Plan p) {
		return p.route().coUnits().stream().map(k -> unit(p, k)).toList();
	}

	/** From dispatch to being handled: the lead and the co-units sign for it; sometimes it is started. */
	private boolean handle(DemoCaseWalk w, Plan p, String lead, SlaPolicy sla) {
		int limit = (int) Math.min(360, sla.signForHours() * 60 * 0.6);
		Instant accepted = p.kind() == CaseKind.PETITION ? work(w.last().plus(hours(20, 120)))
				: w.last().plus(minutes(10, 10 + limit));
		if (!w.accept(accepted, DemoRouting.staffOf(lead))) {
			return false;
		}
		for (String unit : w.record().coUnits()) {
			if (!w.coUnitAccept(w.last().plus(minutes(5, 120)), DemoRouting.staffOf(unit), unit)) {
				return false;
			}
		}
		return random.nextInt(100) >= 60 || w.start(work(w.last().plus(minutes(10, 600))), DemoRouting.staffOf(lead));
	}

	/** Co-units report, then the lead unit resolves: early, in the warning period, or late, as the episode says. */
	private boolean resolve(DemoCaseWalk w, Plan p, String lead, List<String> co, SlaPolicy sla) {
		String town = p.town().code();
		if (p.episode() == Episode.EXTENDED) {
			Instant at = work(w.record().acceptedAt().plus(share(w.record().acceptedAt(), w.record().dueAt(), 0.55, 0.7)));
			if (!w.extend(at, DemoRouting.staffOf(lead), 5 + random.nextInt(6), pick(DemoCaseScripts.EXTEND))
					|| !w.approveExtension(work(w.last().plus(hours(2, 24))), DemoRouting.leader(town), DemoCaseScripts.APPROVE)) {
				return false;
			}
		}
		if (random.nextInt(100) < 2 || p.kind() == CaseKind.PETITION && random.nextBoolean()) {
			if (!w.supervise(work(w.last().plus(hours(24, 24 * 5))), DemoRouting.leader(town), SupervisionLevel.KEY,
					DemoCaseScripts.SUPERVISE)) {
				return false;
			}
		}
		Instant resolved = switch (p.episode()) {
			case LATE -> work(w.record().dueAt().plus(hours(24, 24 * 6)));
			case WARNED -> w.record().acceptedAt().plus(share(w.record().acceptedAt(), w.record().dueAt(), sla.warningFraction() + 0.03, 0.97));
			case EXTENDED -> w.record().acceptedAt().plus(share(w.record().acceptedAt(), w.record().dueAt(), 0.75, 0.95));
			default -> w.record().acceptedAt().plus(share(w.record().acceptedAt(), w.record().dueAt(), 0.05,
					p.kind() == CaseKind.PETITION ? 0.7 : p.route().lead().equals("VILLAGE_COMMITTEE") ? 0.3 : 0.5));
		};
		Instant snapped = work(resolved);
		resolved = p.episode() == Episode.LATE || !snapped.isAfter(w.record().warningAt()) ? snapped : resolved;
		resolved = resolved.isAfter(w.last()) ? resolved : w.last().plus(minutes(30, 240));
		if (p.episode() == Episode.LATE && !w.supervise(work(w.record().dueAt().plus(hours(2, 20))), DemoRouting.leader(town),
				SupervisionLevel.KEY, DemoCaseScripts.SUPERVISE_OVERDUE)) {
			return false;
		}
		for (String unit : co) {
			Instant at = resolved.minus(minutes(60, 1440));
			if (!w.coUnitReport(at.isAfter(w.last()) ? at : w.last().plus(minutes(5, 30)), DemoRouting.staffOf(unit), unit,
					DemoCaseScripts.coUnitReport(DemoRouting.kindOf(unit)))) {
				return false;
			}
		}
		return w.resolve(resolved.isAfter(w.last()) ? resolved : w.last().plus(minutes(5, 60)), DemoRouting.staffOf(lead),
				p.slots().fill(p.script().result()));
	}

	/** Feedback to the reporter, the return visit and closure; a dissatisfied visit is reopened or closed by the leader. */
	private boolean visitAndClose(DemoCaseWalk w, Plan p, String lead, String center) {
		String town = p.town().code();
		FeedbackMethod method = p.reporter() == null ? FeedbackMethod.NONE_ANONYMOUS
				: p.channel() == Channel.LETTER || p.kind() == CaseKind.PETITION ? FeedbackMethod.LETTER
				: p.channel() == Channel.WECHAT || p.channel() == Channel.ONLINE ? FeedbackMethod.ONLINE
				: List.of(FeedbackMethod.PHONE, FeedbackMethod.PHONE, FeedbackMethod.SMS, FeedbackMethod.IN_PERSON).get(random.nextInt(4));
		String by = lead.endsWith("VILLAGE_COMMITTEE") && random.nextBoolean() ? DemoRouting.staffOf(lead) : center;
		if (!w.feedback(work(w.last().plus(minutes(60, 2880))), by, method, DemoCaseScripts.feedback(method))) {
			return false;
		}
		boolean dissatisfied = p.episode() == Episode.REOPENED || p.episode() == Episode.LEADER_CLOSED;
		Satisfaction rating = dissatisfied ? Satisfaction.DISSATISFIED : rating(p);
		if (!w.visit(work(w.last().plus(hours(20, 120))), center, rating, DemoCaseScripts.visit(rating, p.reporter() == null, random))) {
			return false;
		}
		if (p.episode() == Episode.LEADER_CLOSED) {
			return w.close(work(w.last().plus(hours(20, 72))), DemoRouting.leader(town), DemoCaseScripts.LEADER_CLOSE);
		}
		if (p.episode() == Episode.REOPENED) {
			return w.reopen(work(w.last().plus(hours(2, 48))), DemoRouting.leader(town), DemoCaseScripts.REOPEN)
					&& w.dispatch(work(w.last().plus(hours(1, 20))), center, lead, List.of(),
							"群众不满意，请重新调解")
					&& w.accept(w.last().plus(minutes(20, 300)), DemoRouting.staffOf(lead))
					&& w.resolve(work(w.last().plus(hours(48, 144))), DemoRouting.staffOf(lead), "重新组织双方协商，调整调解方案，当事人接受")
					&& w.feedback(work(w.last().plus(minutes(60, 1200))), center, FeedbackMethod.IN_PERSON,
							DemoCaseScripts.feedback(FeedbackMethod.IN_PERSON))
					&& w.visit(work(w.last().plus(hours(20, 96))), center, Satisfaction.BASICALLY_SATISFIED,
							DemoCaseScripts.visit(Satisfaction.BASICALLY_SATISFIED, false, random))
					&& w.close(work(w.last().plus(minutes(10, 600))), center, pick(DemoCaseScripts.CLOSE));
		}
		return w.close(work(w.last().plus(minutes(10, 1440))), center, random.nextBoolean() ? pick(DemoCaseScripts.CLOSE) : null);
	}

	/** 98 % of ratings are satisfied in some degree; anonymous reports are rated by neighbours or not at all. */
	private Satisfaction rating(Plan p) {
		if (p.reporter() == null && (p.channel() != Channel.GRID_PATROL || random.nextInt(100) < 30)) {
			return Satisfaction.UNREACHABLE;
		}
		int r = random.nextInt(100);
		return r < 35 ? Satisfaction.VERY_SATISFIED : r < 82 ? Satisfaction.SATISFIED
				: r < 97 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.UNREACHABLE;
	}

	private String unit(Plan p, String kind) {
		return check(kind.equals("VILLAGE_COMMITTEE") ? DemoRouting.unit(p.village().code(), kind)
				: DemoRouting.unit(p.town().code(), kind));
	}

	private String check(String unit) {
		if (!units.contains(unit)) {
			throw new IllegalStateException("demo case history: no department " + unit);
		}
		return unit;
	}

	/** The same moment when someone is at work then, else the next working morning. */
	private Instant work(Instant t) {
		ZonedDateTime local = t.atZone(Times.ZONE);
		LocalTime time = local.toLocalTime();
		if (calendar.isWorkingDay(local.toLocalDate()) && !time.isBefore(LocalTime.of(8, 30))
				&& time.isBefore(LocalTime.of(18, 0))) {
			return t;
		}
		java.time.LocalDate day = time.isBefore(LocalTime.of(8, 30)) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
		day = calendar.nextWorkingDayOnOrAfter(day);
		return day.atTime(8, 30).plusMinutes(random.nextInt(90)).atZone(Times.ZONE).toInstant();
	}

	/** A share, drawn between lo and hi, of the time from start to due. */
	private Duration share(Instant start, Instant due, double lo, double hi) {
		return Duration.ofSeconds((long) (Duration.between(start, due).getSeconds() * (lo + (hi - lo) * random.nextDouble())));
	}

	private Duration minutes(int lo, int hi) {
		return Duration.ofMinutes(lo + random.nextInt(hi - lo + 1));
	}

	private Duration hours(int lo, int hi) {
		return minutes(lo * 60, hi * 60);
	}

	private String pick(List<String> options) {
		return options.get(random.nextInt(options.size()));
	}
}
