package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * The demo case history through the HTTP API: a year of cases of four towns that looks like their reports.
 * Other tests add cases at the fixed clock or later, so the history is what was received before it.
 */
class DemoCaseHistoryApiTests extends ApiTest {

	private static final String LONGTOU = "610722101000";
	private static final String LIUYI_GRID = "610722101213001";
	private static final Set<String> OPEN_STATES = Set.of("RECEIVED", "DISPATCHED", "ACCEPTED", "IN_PROGRESS",
			"RESOLVED", "FEEDBACK_GIVEN");

	@Test
	void a_few_hundred_cases_of_six_towns_were_received_in_the_year_before_now_and_none_in_heye() {
		List<JsonNode> history = history();

		assertThat(history).hasSizeBetween(300, 450);
		assertThat(history).allSatisfy(c -> assertThat(received(c)).isAfter(NOW.minus(Duration.ofDays(365))));
		Map<String, Long> perTown = history.stream()
			.collect(Collectors.groupingBy(c -> c.path("regionCode").asString().substring(0, 9), TreeMap::new,
					Collectors.counting()));
		assertThat(perTown).containsOnlyKeys("411122110", "610722101", "610722102", "610722103", "610921104", "620802104");
		assertThat(perTown.get("610722101")).isGreaterThan(history.size() / 2);
		assertThat(history.stream().map(c -> c.path("kind").asString()).distinct())
			.containsExactlyInAnyOrder("DISPUTE", "APPEAL", "HAZARD", "OPINION", "PETITION", "INCIDENT");
		assertThat(history.stream().map(c -> c.path("channel").asString()).distinct().count()).isGreaterThanOrEqualTo(7);
		List<JsonNode> reporters = history.stream().map(c -> c.path("reporter")).filter(r -> !r.isNull()).toList();
		assertThat(reporters.size()).isGreaterThan(history.size() / 2);
		assertThat(reporters).allSatisfy(r -> assertThat(r.path("name").asString()).matches("\\p{IsHan}{2,4}"));
		assertThat(reporters.stream().filter(r -> r.path("phone").isString()).map(r -> r.path("phone").asString()))
			.isNotEmpty().allSatisfy(p -> assertThat(p).matches("1[3-9]\\d\\*{4}\\d{4}"));
		assertThat(reporters.stream().filter(r -> r.path("idNumber").isString()).map(r -> r.path("idNumber").asString()))
			.isNotEmpty().allSatisfy(id -> assertThat(id).matches("\\d{6}\\*{8}\\d{3}[\\dX]"));
		assertThat(api.get("/api/stats/overview?region=510921207000&from=2025-01-01&to=2026-03-04", "admin").expect(200).body()
			.path("received").asLong()).isZero();
	}

	@Test
	void longtou_received_about_its_yearly_disputes_and_resolved_and_satisfied_almost_all() {
		JsonNode stats = api.get("/api/stats/overview?region=" + LONGTOU + "&from=2025-03-05&to=2026-03-04",
				"leader.longtou").expect(200).body();

		assertThat(stats.path("byKind").path("DISPUTE").asLong()).isBetween(100L, 200L);
		assertThat(stats.path("resolutionRate").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.9"));
		assertThat(stats.path("satisfactionRate").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.9"));
		assertThat(stats.path("satisfactionRate").decimalValue()).isLessThan(java.math.BigDecimal.ONE);
		assertThat(stats.path("onTimeRate").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("0.9"));
		assertThat(stats.path("onTimeRate").decimalValue()).isLessThan(java.math.BigDecimal.ONE);
		assertThat(stats.path("byRegion").size()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void every_timeline_starts_with_create_never_goes_back_in_time_and_ends_in_the_case_status() {
		List<String> actions = new ArrayList<>();
		for (JsonNode c : history()) {
			List<JsonNode> timeline = api.get("/api/cases/" + c.path("number").asString() + "/timeline", "admin").expect(200).body()
				.valueStream().toList();
			assertThat(timeline.get(0).path("action").asString()).isEqualTo("CREATE");
			assertThat(instant(timeline.get(0).path("at"))).isEqualTo(received(c));
			for (int i = 1; i < timeline.size(); i++) {
				assertThat(instant(timeline.get(i).path("at"))).as(c.path("number").asString())
					.isAfterOrEqualTo(instant(timeline.get(i - 1).path("at")));
			}
			assertThat(timeline.get(timeline.size() - 1).path("toStatus").asString()).as(c.path("number").asString())
				.isEqualTo(c.path("status").asString());
			if (c.path("status").asString().equals("CLOSED")) {
				assertThat(timeline.stream().map(e -> e.path("action").asString()))
					.containsSubsequence("DISPATCH", "ACCEPT", "RESOLVE", "FEEDBACK", "VISIT", "CLOSE");
			}
			timeline.forEach(e -> actions.add(e.path("action").asString()));
		}
		assertThat(actions).contains("START", "REPORT", "RETURN", "ESCALATE", "REOPEN", "SUPERVISE", "EXTEND",
				"APPROVE_EXTENSION", "WARNING", "OVERDUE", "AUTO_SUPERVISE");
		assertThat(history().stream().filter(c -> c.path("level").asString().equals("COUNTY"))).isNotEmpty();
		assertThat(history().stream().filter(c -> c.path("satisfaction").asString().equals("DISSATISFIED"))).isNotEmpty();
	}

	@Test
	void numbers_run_from_one_without_gaps_per_town_and_year_in_order_of_receipt() {
		Map<String, List<JsonNode>> byTownYear = history().stream()
			.sorted(java.util.Comparator.comparing(DemoCaseHistoryApiTests::received))
			.collect(Collectors.groupingBy(c -> c.path("number").asString().substring(0, 14), TreeMap::new,
					Collectors.toList()));

		assertThat(byTownYear.keySet()).contains("610722101-2025", "610722101-2026");
		byTownYear.forEach((townYear, cases) -> {
			List<Integer> sequence = cases.stream().map(c -> Integer.parseInt(c.path("number").asString().substring(15)))
				.toList();
			assertThat(sequence).as(townYear).isEqualTo(java.util.stream.IntStream.rangeClosed(1, cases.size()).boxed().toList());
			assertThat(cases).allSatisfy(c -> assertThat(received(c).atZone(ZoneId.of("Asia/Shanghai")).getYear())
				.isEqualTo(Integer.parseInt(townYear.substring(10))));
		});
	}

	@Test
	void the_last_weeks_cases_are_still_open_in_several_states_and_older_ones_closed() {
		List<JsonNode> open = history().stream().filter(c -> !c.path("status").asString().equals("CLOSED")).toList();

		Set<String> states = open.stream().map(c -> c.path("status").asString()).collect(Collectors.toCollection(TreeSet::new));
		assertThat(states).filteredOn(OPEN_STATES::contains).hasSizeGreaterThanOrEqualTo(4);
		assertThat(open.stream().filter(c -> received(c).isBefore(NOW.minus(Duration.ofDays(60))))).hasSizeLessThanOrEqualTo(2);
		assertThat(open.stream().filter(c -> received(c).isAfter(NOW.minus(Duration.ofDays(1))))).isNotEmpty();
	}

	@Test
	void grid_member_liuyi_sees_only_cases_in_his_grids_or_reported_by_him() {
		List<JsonNode> his = all("grid.liuyi", "");

		assertThat(his).allSatisfy(c -> assertThat(c.path("gridCode").asString().startsWith(LIUYI_GRID)
				|| c.path("firstReceiver").asString().equals("grid.liuyi")
				|| c.path("reportedBy").asString().equals("grid.liuyi")).as(c.path("number").asString()).isTrue());
		assertThat(his.stream().filter(c -> received(c).isBefore(NOW)
				&& c.path("reportedBy").asString().equals("grid.liuyi"))).hasSizeGreaterThanOrEqualTo(20);
		JsonNode elsewhere = history().stream()
			.filter(c -> c.path("regionCode").asString().equals("610722101213")
					&& !c.path("gridCode").asString().startsWith(LIUYI_GRID))
			.findFirst().orElseThrow();
		assertThat(api.get("/api/cases/" + elsewhere.path("number").asString(), "grid.liuyi").status()).isEqualTo(404);
		assertThat(api.get("/api/cases/" + elsewhere.path("number").asString(), "desk.longtou").status()).isEqualTo(200);
	}

	@Test
	void longtou_has_demo_routing_rules_that_never_dispatch_by_themselves() {
		List<JsonNode> rules = api.get("/api/routing-rules", "admin").expect(200).body().valueStream()
			.filter(r -> r.path("regionPrefix").asString().equals("610722101") && r.path("priority").asInt() == 0)
			.toList();

		assertThat(rules.stream().map(r -> r.path("category").asString()))
			.contains("DISPUTE_NEIGHBOR", "HAZARD_FIRE", "APPEAL_MARKET");
		assertThat(rules).allSatisfy(r -> assertThat(r.path("autoDispatch").asBoolean()).isFalse());
		JsonNode neighbour = rules.stream().filter(r -> r.path("category").asString().equals("DISPUTE_NEIGHBOR"))
			.findFirst().orElseThrow();
		assertThat(neighbour.path("leadUnit").asString()).isEqualTo(LONGTOU + "-JUDICIAL_OFFICE");
		assertThat(neighbour.path("coUnits").get(0).asString()).isEqualTo(LONGTOU + "-POLICE_STATION");
	}

	/** The demo history: every case received before the tests' clock (tests receive theirs at it or later). */
	private List<JsonNode> history() {
		return all("admin", "&from=2025-03-01&to=2026-03-05").stream().filter(c -> received(c).isBefore(NOW)).toList();
	}

	private List<JsonNode> all(String user, String filter) {
		List<JsonNode> all = new ArrayList<>();
		long total;
		int page = 0;
		do {
			JsonNode body = api.get("/api/cases?size=200&page=" + page++ + filter, user).expect(200).body();
			total = body.path("total").asLong();
			body.path("items").valueStream().forEach(all::add);
		} while (all.size() < total);
		return all;
	}

	private static Instant received(JsonNode c) {
		return instant(c.path("receivedAt"));
	}

	private static Instant instant(JsonNode at) {
		return OffsetDateTime.parse(at.asString()).toInstant();
	}
}
