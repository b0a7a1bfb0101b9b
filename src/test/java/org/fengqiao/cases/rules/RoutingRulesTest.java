package org.fengqiao.cases.rules;

import org.fengqiao.cases.CaseLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {

	// 龙头镇 is 610722101, 六一村 610722101213, 五爱村 610722101209, 城固县 610722
	private static final String LIUYI = "610722101213";
	private static final String WUAI = "610722101209";

	private static final RoutingRule ANYTHING_ANYWHERE =
			new RoutingRule(null, null, CaseLevel.TOWN, "TOWN_CENTER", List.of(), 0);
	private static final RoutingRule NEIGHBOR_IN_COUNTY =
			new RoutingRule("DISPUTE_NEIGHBOR", "610722", CaseLevel.TOWN, "JUDICIAL_OFFICE", List.of(), 0);
	private static final RoutingRule NEIGHBOR_IN_LIUYI =
			new RoutingRule("DISPUTE_NEIGHBOR", LIUYI, CaseLevel.VILLAGE, "LIUYI_COMMITTEE", List.of(), 0);
	private static final RoutingRule BOUNDARY_IN_TOWN = new RoutingRule("DISPUTE_NEIGHBOR_BOUNDARY", "610722101",
			CaseLevel.TOWN, "NATURAL_RESOURCES", List.of("JUDICIAL_OFFICE"), 0);
	private static final RoutingRule ANYTHING_IN_TOWN =
			new RoutingRule(null, "610722101", CaseLevel.TOWN, "TOWN_CENTER_DESK", List.of(), 0);

	private final RoutingRules rules = new RoutingRules(List.of(
			ANYTHING_ANYWHERE, NEIGHBOR_IN_COUNTY, NEIGHBOR_IN_LIUYI, BOUNDARY_IN_TOWN, ANYTHING_IN_TOWN));

	@Test
	void a_rule_for_the_leaf_category_beats_one_for_its_parent_even_in_a_smaller_region() {
		// given a boundary dispute in 六一村, where a parent-category rule names the village itself
		assertThat(rules.route("DISPUTE_NEIGHBOR_BOUNDARY", "DISPUTE_NEIGHBOR", LIUYI)).hasValue(BOUNDARY_IN_TOWN);
	}

	@Test
	void a_rule_for_the_parent_category_applies_to_its_leaves() {
		assertThat(rules.route("DISPUTE_NEIGHBOR_NOISE", "DISPUTE_NEIGHBOR", WUAI)).hasValue(NEIGHBOR_IN_COUNTY);
	}

	@Test
	void a_longer_region_prefix_beats_a_shorter_one() {
		assertThat(rules.route("DISPUTE_NEIGHBOR", null, LIUYI)).hasValue(NEIGHBOR_IN_LIUYI);
		assertThat(rules.route("DISPUTE_NEIGHBOR", null, WUAI)).hasValue(NEIGHBOR_IN_COUNTY);
	}

	@Test
	void a_case_of_another_category_falls_back_to_the_rule_for_any_category() {
		assertThat(rules.route("HAZARD_FIRE", null, WUAI)).hasValue(ANYTHING_IN_TOWN);
		// 安国镇's 东沟村 lies outside every prefix
		assertThat(rules.route("HAZARD_FIRE", null, "620802104204")).hasValue(ANYTHING_ANYWHERE);
	}

	@Test
	void a_rule_for_a_leaf_does_not_match_its_parent_or_a_sibling() {
		assertThat(rules.route("DISPUTE_NEIGHBOR", null, "610722101201")).hasValue(NEIGHBOR_IN_COUNTY);
	}

	@Test
	void among_equally_specific_rules_the_higher_priority_wins() {
		RoutingRule low = new RoutingRule("DISPUTE_LAND", "610722101", CaseLevel.TOWN, "JUDICIAL_OFFICE", List.of(), 1);
		RoutingRule high = new RoutingRule("DISPUTE_LAND", "610722101", CaseLevel.TOWN, "NATURAL_RESOURCES",
				List.of("JUDICIAL_OFFICE"), 5);
		assertThat(new RoutingRules(List.of(low, high)).route("DISPUTE_LAND", null, LIUYI)).hasValue(high);
	}

	@Test
	void no_rule_means_no_route() {
		RoutingRules onlyLiuyi = new RoutingRules(List.of(NEIGHBOR_IN_LIUYI));
		assertThat(onlyLiuyi.route("DISPUTE_NEIGHBOR", null, WUAI)).isEmpty();
	}

	@Test
	void a_routed_case_carries_the_rules_level_lead_unit_and_co_units() {
		RoutingRule rule = rules.route("DISPUTE_NEIGHBOR_BOUNDARY", "DISPUTE_NEIGHBOR", WUAI).orElseThrow();
		assertThat(rule.level()).isEqualTo(CaseLevel.TOWN);
		assertThat(rule.leadUnit()).isEqualTo("NATURAL_RESOURCES");
		assertThat(rule.coUnits()).containsExactly("JUDICIAL_OFFICE");
	}

	@Test
	void two_rules_that_could_never_be_told_apart_are_refused() {
		RoutingRule twin = new RoutingRule("DISPUTE_NEIGHBOR", LIUYI, CaseLevel.TOWN, "TOWN_CENTER", List.of(), 0);
		assertThatThrownBy(() -> new RoutingRules(List.of(NEIGHBOR_IN_LIUYI, twin)))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_rule_naming_its_lead_unit_as_a_co_unit_or_a_bad_prefix_is_refused() {
		assertThatThrownBy(() -> new RoutingRule(null, null, CaseLevel.TOWN, "A", List.of("A"), 0))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new RoutingRule(null, "6107-22", CaseLevel.TOWN, "A", List.of(), 0))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
