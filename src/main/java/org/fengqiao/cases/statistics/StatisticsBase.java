package org.fengqiao.cases.statistics;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.platform.ReadsAcrossScopes;

/**
 * The rows the statistics sum, in one shape — {@code month, region_code, kind, channel, unit} and the measures
 * {@code received, resolved, on_time, satisfied, rated, overdue} — from two sources: {@link #LIVE}, one row per
 * case the caller sees, and {@link #ROLLUPS}, the rollups' whole months plus the partial months at the edges
 * counted live. Parameters: the scope's, {@code regionPattern}, {@code from}, {@code to}, and for the rollups
 * {@code wholeFrom}, {@code wholeTo} (dates), {@code wholeStart}, {@code wholeEnd} (their instants).
 */
@ReadsAcrossScopes(reason = "case_rollups count every case of a village; RollupPolicy admits only callers who "
		+ "see every case of the requested region, for whom the sums are exactly the cases they see")
final class StatisticsBase {

	private static final String CASE_ROW = """
			SELECT CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Shanghai') AS date) AS month,
			       c.region_code, c.kind, c.channel, coalesce(c.lead_unit, c.holding_unit) AS unit,
			       CAST(1 AS bigint) AS received,
			       CAST((c.resolved_at IS NOT NULL)::int AS bigint) AS resolved,
			       CAST((c.resolved_at IS NOT NULL AND coalesce(c.resolved_on_time, false))::int AS bigint) AS on_time,
			       CAST(coalesce(c.satisfaction IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'), false)::int
			            AS bigint) AS satisfied,
			       CAST((c.satisfaction IS NOT NULL AND c.satisfaction <> 'UNREACHABLE')::int AS bigint) AS rated,
			       CAST((c.overdue AND c.resolved_at IS NULL)::int AS bigint) AS overdue
			FROM cases c WHERE {scope} AND c.status <> 'MERGED' AND c.region_code LIKE :regionPattern
			""";

	/** Every case of the period that the caller sees, counted one by one. */
	static final String LIVE = CaseVisibility.RULE.sql(CASE_ROW + " AND c.received_at >= :from AND c.received_at < :to");

	/** The whole months from the rollups, the edges live (each edge its own range over the region's index). */
	static final String ROLLUPS = """
			SELECT r.month, r.region_code, r.kind, r.channel, r.unit, r.received, r.resolved, r.on_time, r.satisfied,
			       r.rated, r.overdue
			FROM case_rollups r
			WHERE r.region_code LIKE :regionPattern AND r.month >= :wholeFrom AND r.month < :wholeTo
			UNION ALL
			""" + CaseVisibility.RULE.sql(CASE_ROW + " AND c.received_at >= :from AND c.received_at < :wholeStart")
			+ " UNION ALL "
			+ CaseVisibility.RULE.sql(CASE_ROW + " AND c.received_at >= :wholeEnd AND c.received_at < :to");

	private StatisticsBase() {
	}
}
