package org.fengqiao.cases.rules;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.Priority;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the time limits of a case: the most specific matching policy wins
 * (category and priority &gt; category &gt; priority &gt; the kind's default).
 */
public final class SlaPolicies {

	private record Key(CaseKind kind, String category, Priority priority, String regionPrefix) {
	}

	private final List<SlaPolicy> policies;

	public SlaPolicies(List<SlaPolicy> policies) {
		this.policies = List.copyOf(policies);
		Set<Key> seen = new HashSet<>();
		for (SlaPolicy policy : this.policies) {
			if (!seen.add(new Key(policy.kind(), policy.category(), policy.priority(), policy.regionPrefix()))) {
				throw new IllegalArgumentException("two policies for " + policy.kind() + " / "
						+ policy.category() + " / " + policy.priority() + " / " + policy.regionPrefix());
			}
		}
	}

	/** The policy for a case anywhere (only policies without a place apply). */
	public Optional<SlaPolicy> policyFor(CaseKind kind, String category, Priority priority) {
		return policyFor(kind, category, priority, null);
	}

	/** The policy for a case in a place; empty only when its kind has no policy at all that matches. */
	public Optional<SlaPolicy> policyFor(CaseKind kind, String category, Priority priority, String regionCode) {
		Objects.requireNonNull(kind, "kind");
		return policies.stream()
				.filter(policy -> policy.matches(kind, category, priority, regionCode))
				.max(Comparator.comparingInt(SlaPolicy::specificity));
	}
}
