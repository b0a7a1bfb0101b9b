package org.fengqiao.cases.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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

		assertThat(RollupPolicy.exactFor(center, TOWN)).isTrue();
		assertThat(RollupPolicy.exactFor(center, VILLAGE)).isTrue();
	}

	@Test
	void a_town_center_asking_about_its_county_is_counted_live_it_sees_only_its_town() {
		DataScope center = new DataScope(List.of(TOWN), List.of(), List.of(), "desk", 1L, false, true);

		assertThat(RollupPolicy.exactFor(center, COUNTY)).isFalse();
	}

	@Test
	void a_county_viewer_gets_the_rollups_for_the_county() {
		DataScope viewer = new DataScope(List.of(COUNTY), List.of(), List.of(), "county", null, true, true);

		assertThat(RollupPolicy.exactFor(viewer, COUNTY)).isTrue();
		assertThat(RollupPolicy.exactFor(viewer, TOWN)).isTrue();
	}

	@Test
	void stations_village_committees_and_grid_members_are_counted_live() {
		DataScope station = new DataScope(List.of(TOWN), List.of(TOWN + "-JUDICIAL_OFFICE"), List.of(), "judicial", 2L,
				false, false);
		DataScope grid = new DataScope(List.of(VILLAGE), List.of(), List.of(VILLAGE + "00101"), "grid", 3L, false, false);

		assertThat(RollupPolicy.exactFor(station, TOWN)).isFalse();
		assertThat(RollupPolicy.exactFor(grid, VILLAGE)).isFalse();
	}
}
