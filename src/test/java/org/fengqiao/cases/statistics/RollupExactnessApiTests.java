package org.fengqiao.cases.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.db.RollupFolding;
import org.fengqiao.platform.deadline.DeadlineSweeper;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The fast statistics (rollups for whole-region callers, live for the others) equal a plain count over the
 * cases each caller sees, after intakes, actions, resolutions, rated visits, a reopening, a merge and the
 * deadline sweeper's overdue flag went through the API.
 */
class RollupExactnessApiTests extends ApiTest {

	private static final String TOWN = "610722101000";
	private static final String COUNTY = "610722000000";
	private static final String JUDICIAL = "610722101000-JUDICIAL_OFFICE";
	private static final String POLICE = "610722101000-POLICE_STATION";
	private static final List<String> PERIODS = List.of("", "&from=2026-03-05&to=2026-03-05",
			"&from=2025-06-15&to=2026-03-31", "&from=2026-03-01", "&to=2025-11-20", "&from=2025-04-01&to=2025-12-31");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DeadlineSweeper sweeper;

	@Autowired
	RollupFolding folding;

	@Autowired
	CaseCountFloor floor;

	@Test
	void overview_and_trends_equal_a_plain_count_for_a_leader_a_county_viewer_a_station_and_a_grid_member() {
		runTheCaseLoop();
		String grids = jdbc.sql("""
				SELECT string_agg(g.grid_code || '%', ',') FROM users u JOIN staff_grids g ON g.staff_id = u.staff_id
				WHERE u.username = 'grid.liuyi'""").query(String.class).single();
		assertThat(grids).isNotBlank();
		Map<String, String> visible = new LinkedHashMap<>();
		visible.put("leader.longtou", "c.region_code LIKE '610722101%'");
		visible.put("county.chenggu", "c.region_code LIKE '610722%'");
		visible.put("judicial.longtou", "(c.lead_unit = '" + JUDICIAL + "' OR '" + JUDICIAL + "' = ANY (c.co_units)"
				+ " OR c.reported_by = 'judicial.longtou' OR c.first_receiver = 'judicial.longtou')");
		visible.put("grid.liuyi", "(c.grid_code LIKE ANY (string_to_array('" + grids + "', ','))"
				+ " OR c.reported_by = 'grid.liuyi' OR c.first_receiver = 'grid.liuyi')");
		Map<String, String> regions = Map.of("leader.longtou", TOWN, "county.chenggu", COUNTY, "judicial.longtou", TOWN,
				"grid.liuyi", "610722101213");
		int compared = 0;
		for (Map.Entry<String, String> who : visible.entrySet()) {
			for (String period : PERIODS) {
				String region = regions.get(who.getKey());
				Response overview = api.get("/api/stats/overview?region=" + region + period, who.getKey());
				assertThat(overview.status()).as(who.getKey() + period).isEqualTo(200);
				Plain plain = plain(who.getValue(), region, period);
				assertThat(overviewOf(overview.body())).as(who.getKey() + " overview" + period).isEqualTo(plain.overview());
				for (String by : List.of("MONTH", "UNIT", "VILLAGE")) {
					Response trend = api.get("/api/stats/trend?by=" + by + "&region=" + region + period, who.getKey());
					assertThat(trend.status()).as(who.getKey() + by + period).isEqualTo(200);
					assertThat(rows(trend.body())).as(who.getKey() + " trend by " + by + period).isEqualTo(plain.trend(by));
				}
				compared += plain.received();
			}
		}
		assertThat(compared).as("cases compared").isGreaterThan(1000);
	}

	@Test
	void the_list_count_floor_of_a_station_and_a_grid_member_is_their_units_or_grids_cases_not_merged() {
		runTheCaseLoop();
		List<String> grids = jdbc.sql("""
				SELECT g.grid_code FROM users u JOIN staff_grids g ON g.staff_id = u.staff_id
				WHERE u.username = 'grid.liuyi'""").query(String.class).list();
		DataScope station = new DataScope(List.of(TOWN), List.of(JUDICIAL), List.of(), "judicial.longtou", 2L, false,
				false);
		DataScope gridMember = new DataScope(List.of("610722101213"), List.of(), grids, "grid.liuyi", 3L, false, false);
		DataScope leader = new DataScope(List.of(TOWN), List.of(), List.of(), "leader.longtou", 1L, false, true);

		long stationCases = jdbc.sql("""
				SELECT count(*) FROM cases c WHERE c.status <> 'MERGED' AND c.region_code LIKE '610722101%'
				AND (c.lead_unit = :unit OR :unit = ANY (c.co_units))""").param("unit", JUDICIAL).query(Long.class).single();
		String inGrids = """
				SELECT count(*) FROM cases c WHERE c.status <> 'MERGED' AND c.region_code LIKE '610722101%'
				AND c.grid_code LIKE ANY (SELECT g || '%' FROM unnest(CAST(:grids AS text[])) g)""";
		long gridCases = jdbc.sql(inGrids).param("grids", grids.toArray(String[]::new)).query(Long.class).single();
		long gridDisputes = jdbc.sql(inGrids + " AND c.kind = 'DISPUTE'").param("grids", grids.toArray(String[]::new))
			.query(Long.class).single();

		assertThat(stationCases).isPositive();
		assertThat(gridDisputes).isPositive().isLessThan(gridCases);
		assertThat(floor.atLeast(station, "610722101", null)).isEqualTo(stationCases);
		assertThat(floor.atLeast(gridMember, "610722101", null)).isEqualTo(gridCases);
		assertThat(floor.atLeast(gridMember, "610722101", CaseKind.DISPUTE)).isEqualTo(gridDisputes);
		assertThat(floor.atLeast(leader, "610722101", null)).as("whole regions are counted, not floored").isZero();
	}

	@Test
	void every_rollup_group_holds_what_the_database_s_own_rule_gives_for_the_stored_cases() {
		runTheCaseLoop();
		String sums = " sum(r.received), sum(r.resolved), sum(r.on_time), sum(r.satisfied), sum(r.rated), sum(r.overdue))";
		String groups = " GROUP BY 1 HAVING sum(r.received) <> 0 OR sum(r.resolved) <> 0 OR sum(r.on_time) <> 0"
				+ " OR sum(r.satisfied) <> 0 OR sum(r.rated) <> 0 OR sum(r.overdue) <> 0 ORDER BY 1";
		String group = "concat_ws(' ', r.via, r.party, r.region_code, r.month, r.kind, r.channel, r.unit)";
		List<String> kept = jdbc.sql("SELECT " + group + ", concat_ws(' '," + sums + " FROM case_rollups r" + groups)
			.query((rs, i) -> rs.getString(1) + ": " + rs.getString(2)).list();
		List<String> rule = jdbc.sql("SELECT " + group + ", concat_ws(' '," + sums + """
				 FROM cases c CROSS JOIN LATERAL case_rollup_delta(1, c.status, c.id, c.region_code, c.received_at,
				     c.kind, c.channel, c.holding_unit, c.lead_unit, c.co_units, c.grid_code, c.resolved_at,
				     c.resolved_on_time, c.satisfaction, c.overdue) r""" + groups)
			.query((rs, i) -> rs.getString(1) + ": " + rs.getString(2)).list();
		assertThat(kept).as("the rollups summed over their slots").isEqualTo(rule);
		assertThat(rule).anyMatch(g -> g.startsWith("CO " + JUDICIAL)).anyMatch(g -> g.startsWith("GRID "))
			.anyMatch(g -> g.startsWith("LEAD " + POLICE)).hasSizeGreaterThan(20);
	}

	/**
	 * Intakes, handling (the station as lead and as co-unit), rated visits, a fold of the slots, a reopening,
	 * merges, one case overdue.
	 */
	private void runTheCaseLoop() {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			numbers.add(intake("desk.longtou", i % 2 == 0 ? "GRID_PATROL" : "HOTLINE_12345"));
		}
		String byGridMember = intake("grid.liuyi", "GRID_PATROL");
		// the grid member's own cases outside its grids: one with no grid, one in another grid of the village
		intake("grid.liuyi", "GRID_PATROL", null);
		java.util.Optional<String> otherGrid = jdbc.sql("""
				SELECT g.code FROM grids g WHERE g.region_code = '610722101213' AND NOT EXISTS (
				    SELECT 1 FROM users u JOIN staff_grids s ON s.staff_id = u.staff_id
				    WHERE u.username = 'grid.liuyi' AND (g.code LIKE s.grid_code || '%' OR s.grid_code LIKE g.code || '%'))
				ORDER BY g.code LIMIT 1""").query(String.class).optional();
		assertThat(otherGrid).as("a grid of 六一村 outside the grid member's").isPresent();
		intake("grid.liuyi", "GRID_PATROL", otherGrid.get());
		for (String n : numbers.subList(0, 5)) {
			act(n, "dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou");
			act(n, "accept", Map.of(), "judicial.longtou");
		}
		String withCoUnit = intake("desk.longtou", "HOTLINE_12345");
		act(withCoUnit, "dispatch", Map.of("leadUnit", POLICE, "coUnits", List.of(JUDICIAL)), "desk.longtou");
		act(intake("judicial.longtou", "WINDOW"), "dispatch", Map.of("leadUnit", POLICE), "desk.longtou");
		for (String n : numbers.subList(0, 3)) {
			act(n, "resolve", Map.of("result", "已调解"), "judicial.longtou");
			act(n, "feedback", Map.of("method", "PHONE", "message", "已告知"), "desk.longtou");
		}
		act(numbers.get(0), "visit", Map.of("satisfaction", "VERY_SATISFIED"), "desk.longtou");
		act(numbers.get(1), "visit", Map.of("satisfaction", "UNREACHABLE"), "desk.longtou");
		act(numbers.get(2), "visit", Map.of("satisfaction", "DISSATISFIED", "comment", "不满意"), "desk.longtou");
		// Fold this month's slots midway: the later changes re-create slots beside the folded row.
		int before = rollupRows();
		assertThat(jdbc.sql("SELECT case_rollups_fold(:before)").param("before", java.time.LocalDate.of(2026, 4, 1))
			.query(Integer.class).single()).as("groups folded").isPositive();
		assertThat(rollupRows()).as("rollup rows after folding this month's slots").isLessThan(before);
		folding.fold();
		act(numbers.get(2), "reopen", Map.of("reason", "群众不满意，重新办理"), "desk.longtou");
		act(numbers.get(5), "merge", Map.of("into", numbers.get(4)), "desk.longtou");
		act(byGridMember, "merge", Map.of("into", numbers.get(0)), "desk.longtou");
		Instant due = OffsetDateTime.parse(api.get("/api/cases/" + numbers.get(3), "desk.longtou").expect(200)
			.text("dueAt")).toInstant();
		setClock(due.plusSeconds(1));
		sweeper.sweep();
		assertThat(api.get("/api/cases/" + numbers.get(3), "desk.longtou").expect(200).field("overdue").asBoolean())
			.isTrue();
		act(numbers.get(4), "resolve", Map.of("result", "逾期办结"), "judicial.longtou");
		setClock(NOW.plus(Duration.ofHours(1)));
	}

	private int rollupRows() {
		return jdbc.sql("SELECT count(*) FROM case_rollups").query(Integer.class).single();
	}

	private String intake(String user, String channel) {
		return intake(user, channel, "61072210121300101");
	}

	/** A dispute in 六一村, in the grid given (none: no grid). */
	private String intake(String user, String channel, String gridCode) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "DISPUTE");
		body.put("category", "DISPUTE_HOUSING_HOMESTEAD");
		body.put("channel", channel);
		body.put("title", "统计核对 " + System.nanoTime());
		body.put("description", "汇总与逐条计数是否一致，内容各不相同 " + System.nanoTime());
		body.put("reporter", Map.of("name", "张某", "phone", "13912342345"));
		Map<String, Object> location = new HashMap<>(Map.of("regionCode", "610722101213", "address", "六一村五组"));
		if (gridCode != null) {
			location.put("gridCode", gridCode);
		}
		body.put("location", location);
		return api.post("/api/cases", body, user).expect(201).text("number");
	}

	private void act(String number, String action, Map<String, Object> body, String user) {
		api.post("/api/cases/" + number + "/" + action, body, user).expect(200);
	}

	/** The figures a plain count gives: every case the caller sees, received in the period, not merged. */
	private Plain plain(String visible, String region, String period) {
		Map<String, String> q = new HashMap<>();
		for (String p : period.split("&")) {
			if (p.contains("=")) {
				q.put(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
			}
		}
		String where = " FROM cases c WHERE " + visible + " AND c.status <> 'MERGED'"
				+ " AND c.region_code LIKE '" + region.replaceAll("0+$", "") + "%'"
				+ " AND (c.received_at AT TIME ZONE 'Asia/Shanghai')::date >= CAST(:from AS date)"
				+ " AND (c.received_at AT TIME ZONE 'Asia/Shanghai')::date <= CAST(:to AS date)";
		String from = q.getOrDefault("from", "1970-01-01");
		String to = q.getOrDefault("to", "9998-12-31");
		return new Plain(jdbc, where, from, to, region);
	}

	private static Map<String, Object> overviewOf(JsonNode o) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (String f : List.of("received", "resolved", "overdue")) {
			m.put(f, o.path(f).asLong());
		}
		for (String f : List.of("resolutionRate", "onTimeRate", "satisfactionRate")) {
			m.put(f, o.path(f).isNull() ? null : o.path(f).decimalValue().stripTrailingZeros());
		}
		m.put("byKind", longs(o.path("byKind")));
		m.put("byChannel", longs(o.path("byChannel")));
		m.put("byRegion", rows(o.path("byRegion")));
		return m;
	}

	private static Map<String, Long> longs(JsonNode object) {
		Map<String, Long> m = new LinkedHashMap<>();
		object.properties().forEach(e -> m.put(e.getKey(), e.getValue().asLong()));
		return m;
	}

	static List<String> rows(JsonNode array) {
		List<String> out = new ArrayList<>();
		for (JsonNode r : array) {
			String key = r.has("regionCode") ? r.path("regionCode").asString() : r.path("key").asString();
			out.add(key + " " + r.path("received").asLong() + "/" + r.path("resolved").asLong() + "/"
					+ r.path("overdue").asLong() + " " + rate(r.path("resolutionRate")) + " " + rate(r.path("onTimeRate"))
					+ " " + rate(r.path("satisfactionRate")));
		}
		return out;
	}

	private static String rate(JsonNode n) {
		return n.isNull() || n.isMissingNode() ? "-" : n.decimalValue().stripTrailingZeros().toPlainString();
	}

	static BigDecimal rateOf(long numerator, long denominator) {
		return denominator == 0 ? null
				: BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, java.math.RoundingMode.HALF_UP)
					.stripTrailingZeros();
	}
}
