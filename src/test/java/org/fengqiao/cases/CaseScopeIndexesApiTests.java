package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The indexes that hold only the cases with a value (co-units, a grid, a reporting grid member; migration
 * V2026_12_07_2110) still answer the scope's conditions: a station's co-unit cases and a grid member's grids and own
 * reports are found through them, planned for the caller's values or once for any.
 */
class CaseScopeIndexesApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void a_station_s_co_unit_cases_are_found_through_the_index_of_cases_with_co_units() {
		DataScope station = new DataScope(List.of("610722101000"), List.of("610722101000-JUDICIAL_OFFICE"), List.of(),
				"judicial.longtou", 2L, false, false);
		assertThat(plan(CaseVisibility.RULE, station, "force_custom_plan")).contains("cases_co_units_idx",
				"cases_lead_unit_idx");
		assertThat(plan(WITHOUT_WHOLE_REGIONS, station, "force_generic_plan")).contains("cases_co_units_idx",
				"cases_lead_unit_idx");
	}

	@Test
	void a_grid_member_s_grids_and_reports_are_found_through_the_indexes_of_cases_with_a_grid_and_a_reporter() {
		DataScope gridMember = new DataScope(List.of("610722101213"), List.of(), List.of("61072210121300101"),
				"grid.liuyi", 3L, false, false);
		assertThat(plan(CaseVisibility.RULE, gridMember, "force_custom_plan")).contains("cases_grid_prefix_idx",
				"cases_reported_by_idx");
		assertThat(plan(WITHOUT_WHOLE_REGIONS, gridMember, "force_generic_plan")).contains("cases_grid_prefix_idx",
				"cases_reported_by_idx");
	}

	/**
	 * The rule's parts a scope without whole regions can match: planned once for any scope, the whole-region part
	 * (no index answers it for an empty list) would hide the others; planned for the caller's values, as the lists
	 * are (ScopeSql.planForTheCaller), it drops out.
	 */
	private static final ScopeSql.Rule WITHOUT_WHOLE_REGIONS = CaseVisibility.SENT_OR_IN_GRID.or(CaseVisibility.OWN);

	/** The plan of the scope's cases, with reading the whole table ruled out so any usable index shows. */
	private String plan(ScopeSql.Rule rule, DataScope scope, String planCacheMode) {
		String sql = rule.sql("EXPLAIN SELECT c.id FROM cases c WHERE {scope}");
		return transactions.execute(status -> {
			jdbc.sql("SELECT set_config('enable_seqscan', 'off', true), set_config('plan_cache_mode', :mode, true)")
				.param("mode", planCacheMode).query((rs, i) -> 1).list();
			return String.join("\n", ScopeSql.bind(jdbc.sql(sql), scope).query(String.class).list());
		});
	}
}
