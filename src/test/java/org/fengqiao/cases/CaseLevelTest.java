package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseLevelTest {

	@Test
	void escalation_goes_from_the_village_to_the_town_to_the_county() {
		assertThat(CaseLevel.VILLAGE.next()).hasValue(CaseLevel.TOWN);
		assertThat(CaseLevel.TOWN.next()).hasValue(CaseLevel.COUNTY);
	}

	@Test
	void the_county_has_no_level_above_it() {
		assertThat(CaseLevel.COUNTY.next()).isEmpty();
	}
}
