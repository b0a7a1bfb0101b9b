package org.fengqiao.mediation.settlement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.StatisticsPeriod;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settlement figures over the disputes received in a period that the caller sees (API.md): screened = DISPUTE cases
 * received; mediated = those with a mediation session; settled = those with an agreement (or a session that reached
 * one), or resolved without a referral; rate = settled ÷ screened. A settled dispute is settled in the VILLAGE when
 * a village committee's agreement or, without one, the village committee as lead unit settled it, else at the TOWN
 * (COUNTY for cases held by the county). Types are first-level dispute categories.
 */
@Service
class SettlementStatistics {

	private static final String ROWS = CaseVisibility.RULE.sql("""
			SELECT substring(c.category_code from '^[A-Z]+_[A-Z]+') AS type, substring(c.region_code, 1, :digits) AS place,
			       count(*) AS screened,
			       count(*) FILTER (WHERE s.mediated) AS mediated,
			       count(*) FILTER (WHERE s.settled) AS settled,
			       count(*) FILTER (WHERE s.settled AND s.level = 'VILLAGE') AS in_village,
			       count(*) FILTER (WHERE s.settled AND s.level = 'TOWN') AS in_town,
			       count(*) FILTER (WHERE s.settled AND s.level = 'COUNTY') AS in_county
			FROM cases c
			LEFT JOIN mediation_agreements a ON a.case_number = c.number
			LEFT JOIN mediation_committees m ON m.id = a.committee_id
			CROSS JOIN LATERAL (
			    SELECT EXISTS (SELECT 1 FROM mediation_sessions x WHERE x.case_number = c.number) AS mediated,
			           (a.id IS NOT NULL
			            OR EXISTS (SELECT 1 FROM mediation_sessions x WHERE x.case_number = c.number AND x.outcome = 'AGREED')
			            OR (c.resolved_at IS NOT NULL
			                AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.case_number = c.number))) AS settled,
			           CASE WHEN m.region_code NOT LIKE '%000'
			                     OR (a.id IS NULL AND c.lead_unit LIKE '%-VILLAGE_COMMITTEE') THEN 'VILLAGE'
			                WHEN c.level = 'COUNTY' THEN 'COUNTY' ELSE 'TOWN' END AS level
			) s
			WHERE c.kind = 'DISPUTE' AND c.region_code LIKE :prefix AND c.received_at >= :start AND c.received_at < :end
			  AND {scope}
			GROUP BY 1, 2
			""");

	/**
	 * The whole months of the period from the rollups (kept in the writes' own transactions: by {@link SettlementCopy}
	 * for the case's changes, by the triggers of migration V2026_12_06_2330 for this module's records), for callers
	 * who see every case of the region.
	 */
	private static final String ROLLUP_ROWS = """
			SELECT r.type, substring(r.region_code, 1, :digits) AS place, sum(r.screened), sum(r.mediated),
			       sum(r.settled), coalesce(sum(r.settled) FILTER (WHERE r.level = 'VILLAGE'), 0),
			       coalesce(sum(r.settled) FILTER (WHERE r.level = 'TOWN'), 0),
			       coalesce(sum(r.settled) FILTER (WHERE r.level = 'COUNTY'), 0)
			FROM settlement_rollups r
			WHERE r.region_code LIKE :prefix AND r.month >= :wholeFrom AND r.month < :wholeTo
			GROUP BY 1, 2 HAVING sum(r.screened) > 0
			""";

	/** Screened, mediated, settled and the rate, with settled split by level. */
	record Figures(long screened, long mediated, long settled, BigDecimal settlementRate, Map<String, Long> settledByLevel) {
	}

	record TypeRow(String type, long screened, long mediated, long settled, BigDecimal settlementRate) {
	}

	record PlaceRow(String regionCode, long screened, long mediated, long settled, BigDecimal settlementRate,
			Map<String, Long> settledByLevel) {
	}

	record Settlement(String regionCode, LocalDate from, LocalDate to, long screened, long mediated, long settled,
			BigDecimal settlementRate, Map<String, Long> settledByLevel, List<TypeRow> byType, List<PlaceRow> byRegion) {
	}

	private final JdbcClient jdbc;
	private final Regions regions;

	SettlementStatistics(JdbcClient jdbc, Regions regions) {
		this.jdbc = jdbc;
		this.regions = regions;
	}

	/**
	 * In one read-only transaction planned for the caller ({@link ScopeSql#planForTheCaller}): the live edges' best plan
	 * depends on the period and the scope. The generic plan PostgreSQL switches to after a few executions on a
	 * connection took 150–180 ms for a town's six-month period over a million cases; planned for the values, 36–39 ms.
	 */
	@Transactional(readOnly = true)
	public Settlement of(String region, LocalDate from, LocalDate to, Caller caller) {
		if (region == null && caller.scope().regions().isEmpty()) {
			throw ValidationException.of("region", "stats.region-required");
		}
		String code = regions.get(region == null ? caller.scope().regions().get(0) : region, caller.scope()).code();
		String prefix = RegionCodes.prefix(code);
		int digits = prefix.length() <= 6 ? 9 : 12; // a county's towns, else a town's villages
		StatisticsPeriod period = StatisticsPeriod.of(from, to);
		List<Row> rows = new ArrayList<>();
		ScopeSql.planForTheCaller(jdbc);
		if (caller.scope().seesAllOf(code)) {
			rows.addAll(rollups(digits, prefix, period));
			rows.addAll(live(digits, prefix, period.start(), period.wholeStart(), caller));
			rows.addAll(live(digits, prefix, period.wholeEnd(), period.end(), caller));
		} else {
			rows.addAll(live(digits, prefix, period.start(), period.end(), caller));
		}
		long[] all = new long[6];
		Map<String, long[]> types = new LinkedHashMap<>();
		Map<String, long[]> places = new java.util.TreeMap<>();
		for (Row r : rows) {
			long[] v = { r.screened(), r.mediated(), r.settled(), r.village(), r.town(), r.county() };
			add(all, v);
			add(types.computeIfAbsent(r.type() == null ? "DISPUTE_OTHER" : r.type(), k -> new long[6]), v);
			add(places.computeIfAbsent(RegionCodes.pad(r.place()), k -> new long[6]), v);
		}
		List<TypeRow> byType = new ArrayList<>();
		types.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
			.forEach(e -> byType.add(new TypeRow(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
					SettlementRate.of(e.getValue()[2], e.getValue()[0]))));
		List<PlaceRow> byRegion = places.entrySet().stream().map(e -> new PlaceRow(e.getKey(), e.getValue()[0],
				e.getValue()[1], e.getValue()[2], SettlementRate.of(e.getValue()[2], e.getValue()[0]), levels(e.getValue())))
			.toList();
		return new Settlement(code, from, to, all[0], all[1], all[2], SettlementRate.of(all[2], all[0]), levels(all), byType,
				byRegion);
	}

	/** One group's figures: type, place, screened, mediated, settled, and settled in the village, town, county. */
	private record Row(String type, String place, long screened, long mediated, long settled, long village, long town,
			long county) {

		static Row of(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
			return new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
					rs.getLong(7), rs.getLong(8));
		}
	}

	/** The whole months' sums of every dispute of the region. */
	@ReadsAcrossScopes(reason = "settlement_rollups count every dispute of a village; read only for callers who see "
			+ "every case of the requested region")
	private List<Row> rollups(int digits, String prefix, StatisticsPeriod period) {
		return jdbc.sql(ROLLUP_ROWS).param("digits", digits).param("prefix", prefix + "%")
			.param("wholeFrom", period.wholeFrom()).param("wholeTo", period.wholeTo()).query(Row::of).list();
	}

	/** The disputes received in [start, end) that the caller sees, counted one by one. */
	private List<Row> live(int digits, String prefix, Instant start, Instant end, Caller caller) {
		if (!start.isBefore(end)) {
			return List.of();
		}
		return ScopeSql.bind(jdbc.sql(ROWS).param("digits", digits).param("prefix", prefix + "%")
			.param("start", Timestamp.from(start)).param("end", Timestamp.from(end)), caller.scope())
			.query(Row::of).list();
	}

	private static void add(long[] into, long[] v) {
		for (int i = 0; i < v.length; i++) {
			into[i] += v[i];
		}
	}

	private static Map<String, Long> levels(long[] v) {
		Map<String, Long> m = new LinkedHashMap<>();
		m.put("VILLAGE", v[3]);
		m.put("TOWN", v[4]);
		m.put("COUNTY", v[5]);
		return m;
	}
}
