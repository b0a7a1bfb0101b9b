package org.fengqiao.cases.statistics;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A floor under the number of cases a station or grid member sees in a region (optionally of one kind), from the
 * rollups of its unit or grids: when that alone passes the list's count cap, the list answers "10000+" without
 * counting tens of thousands of scattered cases. Merged cases and the caller's own cases are not in it, which only
 * makes it lower. Whole rollup groups are summed, never a part of one: a single row of a group may be negative.
 */
@Component
@ReadsAcrossScopes(reason = "the rollup rows of the caller's own unit or grids (RollupPolicy), each a subset of "
		+ "the cases the caller sees")
public class CaseCountFloor {

	private static final String SQL = """
			SELECT (SELECT coalesce(sum(r.received), 0) FROM case_rollups r
			        WHERE r.via IN ('LEAD', 'CO') AND r.party = ANY (:units) AND r.region_code LIKE :regionPattern
			        AND (CAST(:kind AS text) IS NULL OR r.kind = :kind))
			     + (SELECT coalesce(sum(r.received), 0) FROM %s
			        WHERE r.region_code LIKE :regionPattern AND (CAST(:kind AS text) IS NULL OR r.kind = :kind))
			""".formatted(StatisticsBase.GRID_ROWS);

	private final JdbcClient jdbc;

	CaseCountFloor(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** At most the number of cases of the region prefix (and kind, if given) the scope sees; 0 when unknown. */
	public long atLeast(DataScope scope, String regionPrefix, CaseKind kind) {
		if (scope.wholeRegions() || RollupPolicy.partSourceFor(scope) == RollupPolicy.Source.LIVE) {
			return 0;
		}
		return jdbc.sql(SQL).param("units", scope.departments().toArray(String[]::new))
			.param("rollupGrids", RollupPolicy.outermost(scope.grids())).param("regionPattern", regionPrefix + "%")
			.param("kind", kind == null ? null : kind.name()).query(Long.class).single();
	}
}
