package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RegionCodesTest {

	@Test
	void a_code_names_its_subtree_by_its_significant_prefix() {
		assertThat(RegionCodes.prefix("610000000000")).isEqualTo("61");
		assertThat(RegionCodes.prefix("610700000000")).isEqualTo("6107");
		assertThat(RegionCodes.prefix("610722000000")).isEqualTo("610722");
		assertThat(RegionCodes.prefix("610722101000")).isEqualTo("610722101");
		assertThat(RegionCodes.prefix("610722101213")).isEqualTo("610722101213");
		assertThat(RegionCodes.prefix(RegionCodes.ROOT)).isEmpty();
	}

	@Test
	void short_codes_are_right_padded_to_twelve_digits() {
		assertThat(RegionCodes.pad("610722101")).isEqualTo("610722101000");
		assertThat(RegionCodes.isWellFormed("6107221")).isFalse();
		assertThat(RegionCodes.isWellFormed("61072210121X")).isFalse();
	}

	@Test
	void a_village_lies_within_its_town_but_not_a_neighbouring_town() {
		assertThat(RegionCodes.isWithin("610722101213", "610722101000")).isTrue();
		assertThat(RegionCodes.isWithin("610722102213", "610722101000")).isFalse();
		assertThat(RegionCodes.isWithin("610722101000", "610722101000")).isTrue();
	}

	@Test
	void a_scope_covers_its_subtree_and_touches_its_ancestors() {
		DataScope village = new DataScope(List.of("610722101213"), List.of(), false);

		assertThat(village.covers("610722101213")).isTrue();
		assertThat(village.covers("610722101209")).isFalse();
		assertThat(village.covers("610722101000")).isFalse();
		assertThat(village.touches("610722101000")).isTrue();
		assertThat(village.touches("610722101209")).isFalse();
		assertThat(village.regionPrefixes()).containsExactly("610722101213");
		assertThat(DataScope.everything().regionPrefixes()).containsExactly("");
	}
}
