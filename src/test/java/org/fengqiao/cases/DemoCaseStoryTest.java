package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.fengqiao.cases.DemoCasePlanner.Plan;
import org.fengqiao.cases.DemoCasePlanner.Spot;
import org.fengqiao.cases.DemoCasePlanner.Town;
import org.fengqiao.cases.DemoCasePlanner.Village;
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
			List<DemoCaseRow> rows = walk(seed);
			assertThat(rows).hasSize(337);
			for (DemoCaseRow row : rows) {
				assertThat(row.events.get(0).action()).isEqualTo("CREATE");
				for (int i = 1; i < row.events.size(); i++) {
					DemoCaseRow.Event e = row.events.get(i);
					assertThat(e.at()).isAfterOrEqualTo(row.events.get(i - 1).at()).isBeforeOrEqualTo(END);
					assertThat(e.from()).isEqualTo(row.events.get(i - 1).to());
				}
				assertThat(row.events.get(row.events.size() - 1).to()).isEqualTo(row.status);
			}
			List<DemoCaseRow> open = rows.stream().filter(r -> r.status != CaseStatus.CLOSED).toList();
			assertThat(open).as("open").hasSizeBetween(5, 40);
			assertThat(open.stream().filter(r -> r.receivedAt.isBefore(END.minus(Duration.ofDays(60))))).hasSizeLessThanOrEqualTo(2);
		}
	}

	private static List<List<DemoCaseRow.Event>> timelines(List<DemoCaseRow> rows) {
		return rows.stream().map(r -> r.events).toList();
	}

	/** The history of two towns shaped like 龙头镇 and 安国镇 (villages and grids as in the demo set). */
	private static List<DemoCaseRow> walk(long seed) {
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
		List<DemoCaseRow> rows = new ArrayList<>();
		for (Plan p : plans) {
			rows.add(story.tell(p, new SlaPolicy(p.kind(), null, null, p.priority() == Priority.URGENT ? 2 : 24,
					p.kind() == CaseKind.HAZARD ? 5 : 15, 0.8), END));
		}
		return rows;
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
