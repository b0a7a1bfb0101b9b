package org.fengqiao.cases.statistics;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.platform.ReadsAcrossScopes;

/**
 * The rows the statistics sum, in one shape — {@code month, region_code, kind, channel, unit} and the measures
 * {@code received, resolved, on_time, satisfied, rated, overdue} — from three sources ({@link RollupPolicy}):
 * {@link #LIVE}, one row per case the caller sees; {@link #REGION_ROLLUPS}, {@link #UNIT_ROLLUPS} and {@link #GRID_ROLLUPS}, the
 * rollups' whole months plus the partial months at the edges counted live. Parameters: the scope's,
 * {@code regionPattern}, {@code from}, {@code to}, and for the rollups {@code wholeFrom}, {@code wholeTo} (dates),
 * {@code wholeStart}, {@code wholeEnd} (their instants) and {@code rollupGrids} ({@link RollupPolicy#outermost}).
 */
@ReadsAcrossScopes(reason = "case_rollups count every case of a village, unit and grid; RollupPolicy admits only "
		+ "callers for whom the rows summed are exactly the cases they see")
final class StatisticsBase {

	private static final String CASE_COLUMNS = """
			SELECT CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Shanghai') AS date) AS month,
			       c.region_code, c.kind, c.channel, coalesce(c.lead_unit, c.holding_unit) AS unit,
			       CAST(1 AS bigint) AS received,
			       CAST((c.resolved_at IS NOT NULL)::int AS bigint) AS resolved,
			       CAST((c.resolved_at IS NOT NULL AND coalesce(c.resolved_on_time, false))::int AS bigint) AS on_time,
			       CAST(coalesce(c.satisfaction IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'), false)::int
			            AS bigint) AS satisfied,
			       CAST((c.satisfaction IS NOT NULL AND c.satisfaction <> 'UNREACHABLE')::int AS bigint) AS rated,
			       CAST((c.overdue AND c.resolved_at IS NULL)::int AS bigint) AS overdue
			""";
	private static final String CASE_ROW = CASE_COLUMNS
			+ " FROM cases c WHERE {scope} AND c.status <> 'MERGED' AND c.region_code LIKE :regionPattern ";

	/** Every case of the period that the caller sees, counted one by one. */
	static final String LIVE = CaseVisibility.RULE.sql(CASE_ROW + " AND c.received_at >= :from AND c.received_at < :to");

	private static final String ROLLUP_ROW = """
			SELECT r.month, r.region_code, r.kind, r.channel, r.unit, r.received, r.resolved, r.on_time, r.satisfied,
			       r.rated, r.overdue
			""";
	private static final String WHOLE_MONTHS = " r.region_code LIKE :regionPattern AND r.month >= :wholeFrom"
			+ " AND r.month < :wholeTo ";

	/**
	 * The rollup rows of the grids under {@code :rollupGrids} (each the outermost of the caller's, so no row comes
	 * twice), as {@code r}: one index range per grid. The planner, which cannot tell how narrow a range on a parameter
	 * is, would read every grid's rows once and join them; OFFSET 0 keeps the subquery its own plan, run per grid.
	 */
	static final String GRID_ROWS = """
			unnest(CAST(:rollupGrids AS text[])) g (prefix)
			CROSS JOIN LATERAL (SELECT * FROM case_rollups r
			                    WHERE r.via = 'GRID' AND r.party >= g.prefix AND r.party < g.prefix || chr(1114111)
			                    AND r.party ^@ g.prefix OFFSET 0) r
			""";

	/** The partial months at both ends, live (each edge its own range over the received-time index). */
	private static final String EDGES = " UNION ALL "
			+ CaseVisibility.RULE.sql(CASE_ROW + " AND c.received_at >= :from AND c.received_at < :wholeStart")
			+ " UNION ALL "
			+ CaseVisibility.RULE.sql(CASE_ROW + " AND c.received_at >= :wholeEnd AND c.received_at < :to");

	/** Every case of the region: the village rows of the whole months, the edges live. */
	static final String REGION_ROLLUPS = ROLLUP_ROW + " FROM case_rollups r WHERE r.via = 'REGION' AND r.party = '' AND "
			+ WHOLE_MONTHS + EDGES;

	/**
	 * One unit's cases: its lead and co-unit rows of the whole months; the caller's own cases outside those, of the
	 * whole months, live; the edges live.
	 */
	static final String UNIT_ROLLUPS = ROLLUP_ROW
			+ " FROM case_rollups r WHERE r.via IN ('LEAD', 'CO') AND r.party = ANY (:scopeUnits) AND " + WHOLE_MONTHS
			+ " UNION ALL " + CaseVisibility.OWN.sql(CASE_ROW + " AND " + CaseVisibility.SENT_OR_IN_GRID.condition()
					+ " IS NOT TRUE AND c.received_at >= :wholeStart AND c.received_at < :wholeEnd")
			+ EDGES;

	/**
	 * Grids' cases: their rows of the whole months; the caller's own cases outside them (a grid member reports most
	 * of its grids' cases: those are found by the code ranges between its grids, never read), of the whole months,
	 * live; the edges live.
	 */
	static final String GRID_ROLLUPS = ROLLUP_ROW + " FROM " + GRID_ROWS + " WHERE " + WHOLE_MONTHS
			+ " UNION ALL " + CASE_COLUMNS + """
			 FROM cases_own_outside_grids(:scopeUser, CAST(:rollupGrids AS text[])) o JOIN cases c ON c.id = o.id
			WHERE c.status <> 'MERGED' AND c.region_code LIKE :regionPattern
			AND c.received_at >= :wholeStart AND c.received_at < :wholeEnd
			""" + EDGES;

	private StatisticsBase() {
	}
}
