package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.fengqiao.platform.ScopeSql.Part;
import org.junit.jupiter.api.Test;

class ScopeSqlTest {

	static final ScopeSql.Rule CASES = ScopeSql.rule(Part.WHOLE_REGION, "c.region_code").or(Part.UNIT, "c.lead_unit")
		.or(Part.UNITS, "c.co_units").or(Part.GRID, "c.grid_code").or(Part.USER, "c.reported_by");

	static final DataScope GRID_MEMBER = new DataScope(List.of("610722101213"), List.of(), List.of("610722101213001"),
			"grid.liuyi", 7L, false, false);
	static final DataScope DESK = new DataScope(List.of("610722101000"), List.of("610722101000-GOVERNANCE_CENTER"),
			List.of(), "desk.longtou", null, false, true);
	static final DataScope POLICE = new DataScope(List.of("610722101000"), List.of("610722101000-POLICE_STATION"),
			List.of(), "police.longtou", null, false, false);

	@Test
	void a_grid_member_sees_the_cases_in_its_grids_and_its_own_reports_but_not_its_whole_village() {
		assertThat(CASES.permits(GRID_MEMBER, "610722101213", null, List.of(), "61072210121300101", null)).isTrue();
		assertThat(CASES.permits(GRID_MEMBER, "610722101213", null, List.of(), "61072210121300201", null)).isFalse();
		assertThat(CASES.permits(GRID_MEMBER, "610722101209", null, List.of(), null, "grid.liuyi")).isTrue();
	}

	@Test
	void a_station_sees_the_cases_sent_to_it_and_a_center_its_whole_town() {
		assertThat(CASES.permits(POLICE, "610722101213", null, List.of(), null, null)).isFalse();
		assertThat(CASES.permits(POLICE, "610722101213", null, List.of("610722101000-POLICE_STATION"), null, null)).isTrue();
		assertThat(CASES.permits(DESK, "610722101213", null, List.of(), null, null)).isTrue();
		assertThat(CASES.permits(DESK, "620802104204", null, List.of(), null, null)).isFalse();
	}

	@Test
	void regions_are_seen_inside_the_scope_and_as_breadcrumbs_above_it_but_not_beside_it() {
		ScopeSql.Rule regions = ScopeSql.rule(Part.REGION_OR_ANCESTOR, "code");
		assertThat(regions.permits(DESK, "610722101213")).isTrue();
		assertThat(regions.permits(DESK, "610722000000")).isTrue();
		assertThat(regions.permits(DESK, "610722102000")).isFalse();
	}

	@Test
	void a_rule_prefix_applies_where_it_covers_the_scope_or_lies_inside_it() {
		ScopeSql.Rule routing = ScopeSql.rule(Part.PREFIX_OR_ANCESTOR, "region_prefix");
		assertThat(routing.permits(DESK, (Object) null)).isTrue();
		assertThat(routing.permits(DESK, "610722")).isTrue();
		assertThat(routing.permits(DESK, "6107221012")).isTrue();
		assertThat(routing.permits(DESK, "620802104")).isFalse();
	}

	@Test
	void the_condition_is_constant_sql_with_named_parameters_and_replaces_the_placeholder() {
		assertThat(CASES.sql("SELECT 1 FROM cases c WHERE {scope}"))
			.doesNotContain(ScopeSql.PLACEHOLDER).contains("c.region_code ^@ ANY (CAST(:scopeWholeRegions AS text[]))")
			.contains("c.co_units && CAST(:scopeUnits AS varchar[])").contains("c.reported_by = :scopeUser");
		assertThatThrownBy(() -> CASES.sql("SELECT 1 FROM cases c")).isInstanceOf(IllegalArgumentException.class);
	}
}
