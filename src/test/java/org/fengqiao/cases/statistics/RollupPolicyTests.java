package org.fengqiao.cases.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fengqiao.cases.statistics.RollupPolicy.Source;
import org.fengqiao.platform.DataScope;
import org.junit.jupiter.api.Test;

class RollupPolicyTests {

	private static final String TOWN = "610722101000";
	private static final String VILLAGE = "610722101213";
	private static final String COUNTY = "610722000000";

	@Test
	void a_town_leader_or_center_gets_the_rollups_for_the_town_and_its_villages() {
		DataScope center = new DataScope(List.of(TOWN), List.of(TOWN + "-GOVERNANCE_CENTER"), List.of(), "leader", 1L,
				false, true);

		assertThat(RollupPolicy.sourceFor(center, TOWN)).isEqualTo(Source.REGION);
		assertThat(RollupPolicy.sourceFor(center, VILLAGE)).isEqualTo(Source.REGION);
	}

	@Test
	void a_town_center_asking_about_its_county_is_counted_live_it_sees_only_its_town() {
		DataScope center = new DataScope(List.of(TOWN), List.of(), List.of(), "desk", 1L, false, true);

		assertThat(RollupPolicy.sourceFor(center, COUNTY)).isEqualTo(Source.LIVE);
	}

	@Test
	void a_county_viewer_gets_the_rollups_for_the_county() {
		DataScope viewer = new DataScope(List.of(COUNTY), List.of(), List.of(), "county", null, true, true);

		assertThat(RollupPolicy.sourceFor(viewer, COUNTY)).isEqualTo(Source.REGION);
		assertThat(RollupPolicy.sourceFor(viewer, TOWN)).isEqualTo(Source.REGION);
	}

	@Test
	void a_station_or_village_committee_of_one_unit_gets_its_units_rollups() {
		DataScope station = new DataScope(List.of(TOWN), List.of(TOWN + "-JUDICIAL_OFFICE"), List.of(), "judicial", 2L,
				false, false);

		assertThat(RollupPolicy.sourceFor(station, TOWN)).isEqualTo(Source.UNIT);
	}

	@Test
	void a_grid_member_gets_the_rollups_of_its_grids() {
		DataScope grid = new DataScope(List.of(VILLAGE), List.of(), List.of(VILLAGE + "001", VILLAGE + "00101"), "grid",
				3L, false, false);

		assertThat(RollupPolicy.sourceFor(grid, VILLAGE)).isEqualTo(Source.GRIDS);
	}

	@Test
	void several_units_or_units_and_grids_are_counted_live_a_case_could_be_in_two_of_their_rows() {
		DataScope twoUnits = new DataScope(List.of(TOWN), List.of(TOWN + "-JUDICIAL_OFFICE", TOWN + "-POLICE_STATION"),
				List.of(), "both", 2L, false, false);
		DataScope unitAndGrid = new DataScope(List.of(VILLAGE), List.of(VILLAGE + "-VILLAGE_COMMITTEE"),
				List.of(VILLAGE + "001"), "both", 3L, false, false);

		assertThat(RollupPolicy.sourceFor(twoUnits, TOWN)).isEqualTo(Source.LIVE);
		assertThat(RollupPolicy.sourceFor(unitAndGrid, VILLAGE)).isEqualTo(Source.LIVE);
	}

	@Test
	void a_grid_inside_another_of_the_callers_grids_is_summed_once_under_the_outer_one() {
		assertThat(RollupPolicy.outermost(List.of(VILLAGE + "00101", VILLAGE + "002", VILLAGE + "001", VILLAGE + "00102")))
			.containsExactly(VILLAGE + "001", VILLAGE + "002");
	}
}
