package org.fengqiao.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelSkippingTest {

	@Test
	void a_first_petition_at_the_town_skips_nothing() {
		assertThat(LevelSkipping.skips(PetitionLevel.TOWN, null)).isFalse();
	}

	@Test
	void a_first_petition_at_the_county_skips_the_town() {
		assertThat(LevelSkipping.skips(PetitionLevel.COUNTY, null)).isTrue();
	}

	@Test
	void a_repeat_may_go_one_level_above_its_predecessors_but_not_two() {
		assertThat(LevelSkipping.skips(PetitionLevel.COUNTY, PetitionLevel.TOWN)).isFalse();
		assertThat(LevelSkipping.skips(PetitionLevel.CITY, PetitionLevel.TOWN)).isTrue();
		assertThat(LevelSkipping.skips(PetitionLevel.BEIJING, PetitionLevel.PROVINCE)).isFalse();
	}

	@Test
	void the_province_and_beijing_are_flagged_as_such() {
		assertThat(LevelSkipping.toProvinceOrBeijing(PetitionLevel.PROVINCE)).isTrue();
		assertThat(LevelSkipping.toProvinceOrBeijing(PetitionLevel.CITY)).isFalse();
	}
}
