package org.fengqiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeterminismTest {

	@Test
	@DisplayName("two runs with the same seed give equal data sets")
	void the_same_seed_gives_the_same_data_set() {
		DemoDataSet first = DemoDataGenerator.generate(42L);
		DemoDataSet second = DemoDataGenerator.generate(42L);
		assertThat(second).isEqualTo(first);
		assertThat(second.toString()).isEqualTo(first.toString());
	}

	@Test
	@DisplayName("another seed gives other people and households but the same counts")
	void another_seed_gives_other_people_but_the_same_counts() {
		DemoDataSet first = DemoDataGenerator.generate(1L);
		DemoDataSet second = DemoDataGenerator.generate(2L);
		assertThat(second.staff()).hasSameSizeAs(first.staff());
		assertThat(second.grids()).hasSameSizeAs(first.grids());
		assertThat(second.departments()).isEqualTo(first.departments());
		assertThat(second.staff()).extracting(DemoStaff::name).isNotEqualTo(first.staff().stream().map(DemoStaff::name).toList());
	}
}
