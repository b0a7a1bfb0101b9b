package org.fengqiao.petition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.CaseView;
import org.fengqiao.cases.Cases;
import org.fengqiao.cases.Channel;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.notify.Notification;
import org.fengqiao.platform.notify.Notifications;
import org.fengqiao.platform.notify.Recipient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A petition's details and holding: who petitioned and how, the level petitioned (a level-skipping one alerts the
 * town's center leaders once), the repeat link, the holding leader, plan, progress and the written reply. The
 * lifecycle and its 15/60/+30-day limits stay the case loop's; this reads them from the case.
 */
@Service
class Petitions {

	static final String RECORD_TYPE = "case";

	private final Cases cases;
	private final PetitionRepository petitions;
	private final PetitionerRepository petitioners;
	private final Notifications notifications;
	private final Clock clock;

	Petitions(Cases cases, PetitionRepository petitions, PetitionerRepository petitioners,
			Notifications notifications, Clock clock) {
		this.cases = cases;
		this.petitions = petitions;
		this.petitioners = petitioners;
		this.notifications = notifications;
		this.clock = clock;
	}

	/** The case (404 out of scope) and its petition row (404 when it is no petition). */
	record Petition(CaseView view, PetitionRepository.Row row) {
	}

	Petition require(String number, Caller caller) {
		CaseView view = cases.get(number, caller);
		PetitionRepository.Row row = petitions.find(number, caller.scope())
			.orElseThrow(() -> ApiException.notFound("petition.not-found", number));
		return new Petition(view, row);
	}

	PetitionViews.Details details(String number, Caller caller) {
		Petition p = require(number, caller);
		PetitionRepository.Row r = p.row();
		boolean sees = PetitionAccess.seesPetitioner(caller, p.view(), r.sharedWithUnit());
		PetitionViews.PetitionerRef who = r.petitionerId() == null || !sees ? null
				: new PetitionViews.PetitionerRef(r.petitionerId(), r.petitionerName(), r.petitionerGrade());
		List<String> allowed = PetitionAccess.holdingCenter(caller, p.view()) && p.view().status() != CaseStatus.MERGED
				? List.of("edit") : List.of();
		return new PetitionViews.Details(r.number(), r.recorded(), r.form(), r.peopleCount(),
				Boolean.TRUE.equals(r.collective()), r.level(), r.levelSkipping(),
				r.level() != null && LevelSkipping.toProvinceOrBeijing(r.level()), who,
				r.petitionerId() != null && !sees, r.sharedWithUnit(), r.previousNumber(),
				petitions.repeats(r.caseId(), caller.scope()), allowed);
	}

	@Transactional
	PetitionViews.Details saveDetails(String number, PetitionRequests.Details body, Caller caller) {
		Petition p = require(number, caller);
		PetitionAccess.requireHolding(caller, p.view());
		Long previousId = null;
		if (body.previousNumber() != null && !body.previousNumber().isBlank()) {
			String prev = body.previousNumber().trim();
			previousId = prev.equals(number) ? null : petitions.petitionCaseId(prev, caller.scope()).orElse(null);
			if (previousId == null || !earlier(prev, p.view(), caller)) {
				throw ValidationException.of("previousNumber", "petition.previous-invalid");
			}
		}
		if (body.petitionerId() != null && !petitioners.visible(body.petitionerId(), caller.scope())) {
			throw ValidationException.of("petitionerId", "petition.petitioner-invalid");
		}
		PetitionLevel before = previousId == null ? null : petitions.highestLevel(previousId);
		boolean skipping = LevelSkipping.skips(body.level(), before);
		petitions.saveDetails(p.row().caseId(), body.form(), body.peopleCount(), body.level(), skipping,
				body.petitionerId(), Boolean.TRUE.equals(body.sharedWithUnit()), previousId, clock.instant());
		if (skipping) {
			alertLevelSkipping(p.row(), body.level());
		}
		return details(number, caller);
	}

	/** A predecessor must have been received before this petition. */
	private boolean earlier(String previous, CaseView view, Caller caller) {
		return cases.get(previous, caller).receivedAt().isBefore(view.receivedAt());
	}

	/** 越级访: the town's center leaders are told at once, once per petition (the dedup key). */
	private void alertLevelSkipping(PetitionRepository.Row r, PetitionLevel level) {
		String town = RegionCodes.pad(r.regionCode().substring(0, 9));
		notifications.send(List.of(new Notification(Recipient.role(Role.CENTER_LEADER, town), RECORD_TYPE, r.number(),
				"LEVEL_SKIPPING", "notification.petition.level-skipping", List.of(r.number(), r.title(), level.name()),
				"petition:level-skipping:" + r.number())));
	}

	PetitionViews.Holding holding(String number, Caller caller) {
		Petition p = require(number, caller);
		CaseView c = p.view();
		PetitionRepository.Row r = p.row();
		List<PetitionViews.ProgressEntry> progress = petitions.progress(r.caseId()).stream()
			.map(e -> new PetitionViews.ProgressEntry(Times.local(e.at()), e.author(), e.text())).toList();
		PetitionViews.Reply reply = r.replyIssuedAt() == null ? null
				: new PetitionViews.Reply(r.replyText(), Times.local(r.replyIssuedAt()),
						r.replyDeliveredAt() == null ? null : Times.local(r.replyDeliveredAt()), r.replyDelivery(),
						c.dueAt() == null ? null : !r.replyIssuedAt().isAfter(c.dueAt().toInstant()));
		PetitionViews.NotAccepted notAccepted = c.status() != CaseStatus.NOT_ACCEPTED ? null
				: cases.notAcceptance(number, caller)
					.map(n -> new PetitionViews.NotAccepted(n.at(), n.actor(), n.reason(), n.notice())).orElse(null);
		return new PetitionViews.Holding(r.number(), c.title(), c.regionCode(), c.status(), r.holdingLeader(), r.plan(),
				r.planAt() == null ? null : Times.local(r.planAt()), progress, c.receivedAt(), c.signForDeadline(),
				c.signForOverdue(), c.dueAt(), c.overdue(), c.extension() == null ? null : c.extension().days(), reply,
				notAccepted, holdingActions(c, r, caller));
	}

	private static List<String> holdingActions(CaseView c, PetitionRepository.Row r, Caller caller) {
		List<String> allowed = new ArrayList<>();
		boolean open = c.status() != CaseStatus.MERGED && c.status() != CaseStatus.NOT_ACCEPTED
				&& c.status() != CaseStatus.CLOSED;
		if (open && PetitionAccess.holdingCenter(caller, c)) {
			allowed.add("hold");
		}
		if (open && (PetitionAccess.holdingCenter(caller, c) || PetitionAccess.handling(caller, c))) {
			allowed.add("progress");
			if (accepted(c.status())) {
				allowed.add("reply");
			}
			if (r.replyIssuedAt() != null) {
				allowed.add("deliver");
			}
		}
		return List.copyOf(allowed);
	}

	private static boolean accepted(CaseStatus s) {
		return switch (s) {
			case ACCEPTED, IN_PROGRESS, RESOLVED, FEEDBACK_GIVEN, VISITED -> true;
			default -> false;
		};
	}

	@Transactional
	PetitionViews.Holding hold(String number, PetitionRequests.Holding body, Caller caller) {
		Petition p = open(number, caller);
		PetitionAccess.requireHolding(caller, p.view());
		petitions.saveHolding(ensure(p), body.leader().trim(), body.plan().trim(), clock.instant());
		return holding(number, caller);
	}

	@Transactional
	PetitionViews.Holding progress(String number, PetitionRequests.Progress body, Caller caller) {
		Petition p = open(number, caller);
		PetitionAccess.requireWork(caller, p.view());
		petitions.addProgress(ensure(p), caller.displayName(), body.text().trim(), clock.instant());
		return holding(number, caller);
	}

	@Transactional
	PetitionViews.Holding reply(String number, PetitionRequests.Reply body, Caller caller) {
		Petition p = open(number, caller);
		PetitionAccess.requireWork(caller, p.view());
		if (!accepted(p.view().status())) {
			throw ApiException.conflict("petition.reply-before-acceptance", p.view().status());
		}
		petitions.issueReply(ensure(p), body.text().trim(), clock.instant());
		return holding(number, caller);
	}

	@Transactional
	PetitionViews.Holding deliver(String number, PetitionRequests.Delivery body, Caller caller) {
		Petition p = require(number, caller);
		PetitionAccess.requireWork(caller, p.view());
		Instant now = clock.instant();
		Instant at = body.deliveredAt() == null ? now : body.deliveredAt().toInstant();
		if (at.isAfter(now) || p.row().replyIssuedAt() != null && at.isBefore(p.row().replyIssuedAt())) {
			throw ValidationException.of("deliveredAt", "petition.delivery-time-invalid");
		}
		if (!petitions.recordDelivery(p.row().caseId(), body.method(), at, now)) {
			throw ApiException.conflict("petition.no-reply");
		}
		return holding(number, caller);
	}

	/** A petition still being worked on (409 once not accepted, merged or closed). */
	private Petition open(String number, Caller caller) {
		Petition p = require(number, caller);
		CaseStatus s = p.view().status();
		if (s == CaseStatus.NOT_ACCEPTED || s == CaseStatus.MERGED || s == CaseStatus.CLOSED) {
			if (caller.scope().readOnly()) {
				throw ApiException.forbidden(PetitionAccess.FORBIDDEN);
			}
			throw ApiException.conflict("petition.finished", s);
		}
		return p;
	}

	/** The petition row, written with what the case says when nobody has recorded the details yet. */
	private long ensure(Petition p) {
		if (!p.row().recorded()) {
			petitions.saveDetails(p.row().caseId(), formOf(p.view().channel()), 1, PetitionLevel.TOWN, false, null,
					false, null, clock.instant());
		}
		return p.row().caseId();
	}

	static PetitionForm formOf(Channel channel) {
		return switch (channel) {
			case LETTER -> PetitionForm.LETTER;
			case ONLINE, WECHAT -> PetitionForm.ONLINE;
			case PHONE, HOTLINE_12345 -> PetitionForm.PHONE;
			default -> PetitionForm.VISIT;
		};
	}
}
