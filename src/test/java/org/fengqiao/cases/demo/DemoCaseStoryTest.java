package org.fengqiao.cases.demo;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.clocks.TimeLimitPolicy;
import org.fengqiao.cases.lifecycle.CaseEvent;
import org.fengqiao.cases.lifecycle.CaseRecord;
import org.fengqiao.cases.lifecycle.CaseRepository;
import org.fengqiao.cases.lifecycle.LifecycleRules;
import org.fengqiao.cases.rules.RoutingRule;
import org.fengqiao.cases.rules.SlaPolicy;
import org.fengqiao.directory.Department;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.fengqiao.cases.demo.DemoCasePlanner.Plan;
import org.fengqiao.cases.demo.DemoCasePlanner.Spot;
import org.fengqiao.cases.demo.DemoCasePlanner.Town;
import org.fengqiao.cases.demo.DemoCasePlanner.Village;
import org.fengqiao.platform.calendar.RealCalendar;
import org.fengqiao.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The demo history's plans and walks in plain Java: the same seed, the same history; any seed, legal lifecycles. */
class DemoCaseStoryTest {

	private static final Instant END = Instant.parse("2026-03-05T06:30:00Z");
	private static final WorkingDayCalendar CALENDAR = RealCalendar.load();
	private static final List<String> TOWN_UNITS = List.of("GOVERNANCE_CENTER", "POLICE_STATION", "JUDICIAL_OFFICE",
			"PETITION_OFFICE", "EMERGENCY_OFFICE", "MARKET_SUPERVISION", "NATURAL_RESOURCES", "CIVIL_AFFAIRS",
			"HUMAN_RESOURCES", "AGRICULTURE");
	private static final List<String> COUNTY_UNITS = List.of("GOVERNANCE_CENTER", "PETITION_OFFICE", "POLICE_STATION",
			"JUDICIAL_OFFICE", "HOUSING", "HUMAN_RESOURCES");

	@Test
	void the_same_seed_plans_and_walks_the_same_history() {
		assertThat(timelines(walk(2026L))).isEqualTo(timelines(walk(2026L)));
		assertThat(timelines(walk(2026L))).isNotEqualTo(timelines(walk(7L)));
	}

	@Test
	void every_seed_walks_legal_lifecycles_that_end_before_now_in_time_order() {
		for (long seed = 1; seed <= 12; seed++) {
			List<DemoCaseWalk.Result> rows = walk(seed);
			assertThat(rows).hasSize(337);
			for (DemoCaseWalk.Result row : rows) {
				List<CaseEvent> events = row.events();
				assertThat(events.get(0).action()).isEqualTo("CREATE");
				for (int i = 1; i < events.size(); i++) {
					CaseEvent e = events.get(i);
					assertThat(e.at()).isAfterOrEqualTo(events.get(i - 1).at()).isBeforeOrEqualTo(END);
					assertThat(e.from()).isEqualTo(events.get(i - 1).to());
				}
				assertThat(events.get(events.size() - 1).to()).isEqualTo(row.record().status());
			}
			List<DemoCaseWalk.Result> open = rows.stream().filter(r -> r.record().status() != CaseStatus.CLOSED).toList();
			assertThat(open).as("open").hasSizeBetween(5, 40);
			assertThat(open.stream().filter(r -> r.record().receivedAt().isBefore(END.minus(Duration.ofDays(60)))))
				.hasSizeLessThanOrEqualTo(2);
		}
	}

	private static List<List<CaseEvent>> timelines(List<DemoCaseWalk.Result> rows) {
		return rows.stream().map(DemoCaseWalk.Result::events).toList();
	}

	/** The history of two towns shaped like 龙头镇 and 安国镇 (villages and grids as in the demo set). */
	private static List<DemoCaseWalk.Result> walk(long seed) {
		List<Town> towns = List.of(town("610722101000", "610722000000", new int[] { 40, 175, 4, 50, 12, 6 },
				List.of("610722101001", "610722101209", "610722101213", "610722101214")),
				town("620802104000", "620802000000", new int[] { 14, 12, 1, 9, 12, 2 },
						List.of("620802104200", "620802104204")));
		Set<String> units = new TreeSet<>();
		for (Town t : towns) {
			TOWN_UNITS.forEach(k -> units.add(t.code() + "-" + k));
			COUNTY_UNITS.forEach(k -> units.add(t.county() + "-" + k));
			t.villages().forEach(v -> units.add(v.code() + "-VILLAGE_COMMITTEE"));
		}
		Random random = new Random(seed);
		List<Plan> plans = new DemoCasePlanner(random, CALENDAR, END, DemoCaseStoryTest::parent).plan(towns);
		DemoCaseStory story = new DemoCaseStory(random, CALENDAR, units);
		List<DemoCaseWalk.Result> rows = new ArrayList<>();
		for (Plan p : plans) {
			SlaPolicy sla = new SlaPolicy(p.kind(), null, null, p.priority() == Priority.URGENT ? 2 : 24,
					p.kind() == CaseKind.HAZARD ? 5 : 15, 0.8);
			LifecycleRules rules = new UnitRules(units, sla);
			rows.add(story.tell(p, received(p, rules), sla, rules, END));
		}
		return rows;
	}

	/** The case as intake receives it (no reporter contact: the walk does not read it). */
	private static CaseRecord received(Plan p, LifecycleRules rules) {
		TimeLimitPolicy limits = rules.timeLimits(p.kind(), p.category(), p.priority(), p.village().code());
		Instant signFor = limits.signForDeadlineAtIntake(p.receivedAt());
		return new CaseRepository.NewCase(p.kind(), p.category(), p.channel(), "标题", "描述", p.priority(),
				CaseLevel.TOWN, p.village().code(), null, null, null, null, null, null, null, null, null,
				Department.townCenterOf(p.village().code()), p.firstReceiver(), p.firstReceiver(), p.receivedAt(),
				p.receivedAt(), null, null, signFor, signFor == null ? null : limits.warningAt(p.receivedAt(), signFor))
			.received("N-" + p.receivedAt().toEpochMilli());
	}

	/** The rules as values: one SLA policy, and the units of the two towns and their counties. */
	private record UnitRules(Set<String> units, SlaPolicy sla) implements LifecycleRules {

		@Override
		public TimeLimitPolicy timeLimits(CaseKind kind, String category, Priority priority, String regionCode) {
			return TimeLimitPolicy.of(kind, sla, CALENDAR);
		}

		@Override
		public java.util.Optional<RoutingRule> route(String category, String regionCode) {
			return java.util.Optional.empty();
		}

		@Override
		public java.util.Optional<org.fengqiao.directory.DepartmentKind> dispatchTarget(String holdingUnit, String unit) {
			return java.util.Optional.of(unit).filter(units::contains)
				.map(u -> org.fengqiao.directory.DepartmentKind.valueOf(u.substring(u.indexOf('-') + 1)));
		}

		@Override
		public java.util.Optional<String> centerFor(CaseLevel level, String regionCode, String current) {
			String center = level == CaseLevel.COUNTY ? Department.countyCenterOf(regionCode) : current;
			return java.util.Optional.of(center).filter(units::contains);
		}
	}

	private static Town town(String code, String county, int[] perKind, List<String> villages) {
		return new Town(code, "某镇", county, perKind, villages.stream()
			.map(v -> new Village(v, "某村委会", IntStream.rangeClosed(1, 3)
				.mapToObj(g -> new Spot(v + "001" + "%02d".formatted(g), null)).toList()))
			.toList());
	}

	/** DISPUTE_NEIGHBOR_NOISE → DISPUTE_NEIGHBOR; a first-level code has none (enough for these categories). */
	private static String parent(String category) {
		for (String first : List.of("DISPUTE_NEIGHBOR", "DISPUTE_FAMILY", "DISPUTE_HOUSING", "DISPUTE_LAND",
				"DISPUTE_DEBT", "DISPUTE_LABOR", "APPEAL_ENVIRONMENT", "APPEAL_MARKET", "APPEAL_INFRASTRUCTURE",
				"APPEAL_SOCIAL_SECURITY", "HAZARD_FIRE", "HAZARD_TRAFFIC")) {
			if (category.startsWith(first + "_")) {
				return first;
			}
		}
		return null;
	}
}
