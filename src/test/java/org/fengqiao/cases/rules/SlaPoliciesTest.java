package org.fengqiao.cases.rules;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.Priority;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlaPoliciesTest {

	private static final SlaPolicy DISPUTE_DEFAULT = new SlaPolicy(CaseKind.DISPUTE, null, null, 24, 15, 0.8);
	private static final SlaPolicy DISPUTE_URGENT = new SlaPolicy(CaseKind.DISPUTE, null, Priority.URGENT, 2, 3, 0.8);
	private static final SlaPolicy NEIGHBOR = new SlaPolicy(CaseKind.DISPUTE, "DISPUTE_NEIGHBOR", null, 24, 10, 0.8);
	private static final SlaPolicy NEIGHBOR_URGENT =
			new SlaPolicy(CaseKind.DISPUTE, "DISPUTE_NEIGHBOR", Priority.URGENT, 1, 2, 0.5);
	private static final SlaPolicy HAZARD_DEFAULT = new SlaPolicy(CaseKind.HAZARD, null, null, 4, 5, 0.7);

	private final SlaPolicies policies =
			new SlaPolicies(List.of(DISPUTE_DEFAULT, DISPUTE_URGENT, NEIGHBOR, NEIGHBOR_URGENT, HAZARD_DEFAULT));

	@Test
	void a_policy_for_the_category_and_priority_beats_every_other() {
		assertThat(policies.policyFor(CaseKind.DISPUTE, "DISPUTE_NEIGHBOR", Priority.URGENT))
				.hasValue(NEIGHBOR_URGENT);
	}

	@Test
	void a_towns_own_policy_beats_the_national_ones_in_that_town_only() {
		SlaPolicy longtou = new SlaPolicy(CaseKind.DISPUTE, null, null, 6, 3, 0.5, "610722101");
		SlaPolicies withTown = new SlaPolicies(List.of(DISPUTE_DEFAULT, NEIGHBOR_URGENT, longtou));

		assertThat(withTown.policyFor(CaseKind.DISPUTE, "DISPUTE_NEIGHBOR", Priority.URGENT, "610722101213"))
			.hasValue(longtou);
		assertThat(withTown.policyFor(CaseKind.DISPUTE, "DISPUTE_NEIGHBOR", Priority.URGENT, "620802104204"))
			.hasValue(NEIGHBOR_URGENT);
		assertThat(withTown.policyFor(CaseKind.DISPUTE, "DISPUTE_LAND", Priority.NORMAL, null)).hasValue(DISPUTE_DEFAULT);
	}

	@Test
	void a_policy_for_the_category_beats_one_for_the_priority() {
		SlaPolicies withoutBoth = new SlaPolicies(List.of(DISPUTE_DEFAULT, DISPUTE_URGENT, NEIGHBOR));
		assertThat(withoutBoth.policyFor(CaseKind.DISPUTE, "DISPUTE_NEIGHBOR", Priority.URGENT)).hasValue(NEIGHBOR);
	}

	@Test
	void a_policy_for_the_priority_beats_the_kind_default() {
		assertThat(policies.policyFor(CaseKind.DISPUTE, "DISPUTE_LAND", Priority.URGENT)).hasValue(DISPUTE_URGENT);
	}

	@Test
	void a_case_matching_nothing_narrower_gets_its_kind_default() {
		assertThat(policies.policyFor(CaseKind.DISPUTE, "DISPUTE_LAND", Priority.NORMAL)).hasValue(DISPUTE_DEFAULT);
		assertThat(policies.policyFor(CaseKind.HAZARD, "HAZARD_FIRE", Priority.URGENT)).hasValue(HAZARD_DEFAULT);
	}

	@Test
	void a_policy_of_another_kind_never_applies() {
		assertThat(policies.policyFor(CaseKind.PETITION, "DISPUTE_NEIGHBOR", Priority.URGENT)).isEmpty();
	}

	@Test
	void two_policies_for_the_same_kind_category_and_priority_are_refused() {
		SlaPolicy twin = new SlaPolicy(CaseKind.DISPUTE, "DISPUTE_NEIGHBOR", null, 12, 5, 0.8);
		assertThatThrownBy(() -> new SlaPolicies(List.of(NEIGHBOR, twin)))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_policy_with_a_warning_fraction_outside_zero_and_one_is_refused() {
		assertThatThrownBy(() -> new SlaPolicy(CaseKind.APPEAL, null, null, 24, 5, 1.2))
				.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new SlaPolicy(CaseKind.APPEAL, null, null, 24, 0, 0.8))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
