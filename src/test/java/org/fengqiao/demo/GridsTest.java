package org.fengqiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.demo.TestData.DATA;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GridsTest {

	@Test
	@DisplayName("龙头镇 has exactly 129 level-1 and 477 level-2 grids, spread evenly")
	void the_reference_town_has_its_published_grid_counts() {
		assertThat(TestData.grids(TestData.REFERENCE_TOWN, 1)).hasSize(129);
		assertThat(TestData.grids(TestData.REFERENCE_TOWN, 2)).hasSize(477);
		assertThat(TestData.villages(TestData.REFERENCE_TOWN)).allSatisfy(v -> assertThat(
				DATA.grids().stream().filter(g -> g.level() == 1 && g.regionCode().equals(v.code())).count()).isBetween(9L, 10L));
		assertThat(TestData.grids(TestData.REFERENCE_TOWN, 1))
				.allSatisfy(g -> assertThat(TestData.children(g)).hasSizeBetween(3, 4));
	}

	@Test
	@DisplayName("安国镇 has one level-1 grid per village and no micro-grids")
	void the_one_grid_town_has_one_grid_per_village_and_no_micro_grids() {
		List<DemoGrid> grids = TestData.grids(TestData.ONE_GRID_TOWN, 1);
		assertThat(grids).hasSize(20);
		assertThat(grids).extracting(DemoGrid::regionCode)
				.containsExactlyElementsOf(TestData.villages(TestData.ONE_GRID_TOWN).stream().map(DemoRegion::code).toList());
		assertThat(TestData.grids(TestData.ONE_GRID_TOWN, 2)).isEmpty();
		assertThat(grids).allSatisfy(g -> assertThat(g.households()).isBetween(120, 300));
	}

	@Test
	@DisplayName("the other towns have grids in proportion to 龙头镇 per village")
	void the_other_towns_have_grids_in_proportion() {
		assertThat(List.of("510921207000", "610921104000", "411122110000"))
				.extracting(t -> TestData.grids(t, 1).size() + "/" + TestData.grids(t, 2).size())
				.containsExactly("46/170", "65/239", "249/920");
	}

	@Test
	@DisplayName("grid codes extend their village or level-1 code and names read like 六一村第1网格")
	void grid_codes_and_names_follow_the_scheme() {
		assertThat(DATA.grids()).allSatisfy(g -> {
			if (g.level() == 1) {
				assertThat(g.code()).matches(g.regionCode() + "\\d{3}");
				assertThat(g.parentCode()).isNull();
				assertThat(g.name()).matches("\\p{IsHan}+第\\d+网格");
			} else {
				assertThat(g.code()).matches(g.parentCode() + "\\d{2}");
				assertThat(g.name()).matches("\\p{IsHan}+第\\d+网格第\\d+微网格");
			}
		});
		assertThat(DATA.grids()).extracting(DemoGrid::code).doesNotHaveDuplicates();
		assertThat(DATA.grids()).filteredOn(g -> g.code().equals("61072210121300102"))
				.singleElement().extracting(DemoGrid::name).isEqualTo("六一村第1网格第2微网格");
	}

	@Test
	@DisplayName("micro-grids hold 12 to 24 households and a level-1 grid the sum of its micro-grids")
	void households_of_micro_grids_add_up_to_their_grid() {
		assertThat(DATA.grids()).filteredOn(g -> g.level() == 2).allSatisfy(g -> assertThat(g.households()).isBetween(12, 24));
		assertThat(DATA.grids()).filteredOn(g -> g.level() == 1 && !TestData.children(g).isEmpty())
				.allSatisfy(g -> assertThat(g.households())
						.isEqualTo(TestData.children(g).stream().mapToInt(DemoGrid::households).sum()));
	}

	@Test
	@DisplayName("every grid belongs to a village-level region")
	void every_grid_belongs_to_a_village() {
		List<String> villages = DATA.regions().stream().filter(r -> r.level().equals("VILLAGE")).map(DemoRegion::code).toList();
		assertThat(DATA.grids()).extracting(DemoGrid::regionCode).allMatch(villages::contains);
	}
}
