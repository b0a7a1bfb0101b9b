package org.fengqiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.demo.TestData.DATA;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegionsTest {

	@Test
	@DisplayName("every row of seed-towns.csv becomes a region with a 12-digit code")
	void every_seed_row_is_a_region() {
		assertThat(DATA.regions()).hasSize(110);
		assertThat(DATA.regions()).allSatisfy(r -> assertThat(r.code()).matches("\\d{12}"));
		assertThat(DATA.regions()).extracting(DemoRegion::level).containsOnly("PROVINCE", "CITY", "COUNTY", "TOWN", "VILLAGE");
	}

	@Test
	@DisplayName("every region but a province has a parent one level up")
	void every_region_but_a_province_has_a_parent_one_level_up() {
		Map<String, DemoRegion> byCode = DATA.regions().stream().collect(Collectors.toMap(DemoRegion::code, Function.identity()));
		List<String> levels = List.of("PROVINCE", "CITY", "COUNTY", "TOWN", "VILLAGE");
		assertThat(DATA.regions()).allSatisfy(r -> {
			if (r.level().equals("PROVINCE")) {
				assertThat(r.parentCode()).isNull();
			} else {
				assertThat(levels.indexOf(byCode.get(r.parentCode()).level())).isEqualTo(levels.indexOf(r.level()) - 1);
			}
		});
	}

	@Test
	@DisplayName("the five towns have 14, 20, 5, 7 and 27 village-level units, and 城固县's two others 9 and 7")
	void the_seven_towns_have_their_villages() {
		assertThat(TestData.townCodes()).extracting(code -> TestData.villages(code).size())
			.containsExactly(14, 20, 5, 7, 27, 9, 7);
		assertThat(TestData.villages(TestData.REFERENCE_TOWN)).allSatisfy(v -> assertThat(v.kind()).isIn("VILLAGE", "COMMUNITY"));
	}

	@Test
	@DisplayName("village names are shortened and committees named after the village kind")
	void village_names_are_shortened_sensibly() {
		DemoRegion liuyi = new DemoRegion("610722101213", "六一村委会", "VILLAGE", "610722101000", "VILLAGE");
		DemoRegion dingshui = new DemoRegion("510921207200", "定水村民委员会", "VILLAGE", "510921207000", "VILLAGE");
		DemoRegion community = new DemoRegion("610722101001", "龙头社区居委会", "VILLAGE", "610722101000", "COMMUNITY");
		assertThat(SeedRegions.villageShortName(liuyi)).isEqualTo("六一村");
		assertThat(SeedRegions.villageShortName(dingshui)).isEqualTo("定水村");
		assertThat(SeedRegions.committeeName(liuyi)).isEqualTo("六一村村民委员会");
		assertThat(SeedRegions.committeeName(community)).isEqualTo("龙头社区居民委员会");
	}
}
