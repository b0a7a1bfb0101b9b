package org.fengqiao.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GridIndexTest {

	private static final String VILLAGE_GRID = square(107.0, 33.0, 107.01, 33.01);
	private static final String MICRO_GRID = square(107.0, 33.0, 107.005, 33.005);
	private static final String NEIGHBOUR = square(107.01, 33.0, 107.02, 33.01);

	private final GridIndex index = new GridIndex(List.of(new GridIndex.Entry("A", 1, VILLAGE_GRID),
			new GridIndex.Entry("A01", 2, MICRO_GRID), new GridIndex.Entry("B", 1, NEIGHBOUR)));

	@Test
	void a_point_in_a_micro_grid_is_answered_with_the_micro_grid() {
		assertThat(index.locate(33.002, 107.002)).contains("A01");
	}

	@Test
	void a_point_in_a_level_1_grid_without_micro_grid_there_is_answered_with_the_level_1_grid() {
		assertThat(index.locate(33.008, 107.008)).contains("A");
	}

	@Test
	void a_point_on_a_shared_edge_goes_to_the_smaller_code() {
		assertThat(index.locate(33.008, 107.01)).contains("A");
	}

	@Test
	void a_point_outside_every_grid_finds_none() {
		assertThat(index.locate(34.0, 107.0)).isEmpty();
	}

	private static String square(double west, double south, double east, double north) {
		return "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}".formatted(west, south,
				east, south, east, north, west, north, west, south);
	}
}
