package org.fengqiao.cases.rules;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the routing rule for a new case. The category decides first (the case's own
 * category beats its parent's, which beats "any"), then the region (a longer prefix beats
 * a shorter one, which beats "anywhere"), then the rule's priority.
 */
public final class RoutingRules {

	private record Key(String category, String regionPrefix, int priority) {
	}

	private record Candidate(RoutingRule rule, int category, int region) {
	}

	private static final Comparator<Candidate> BEST_LAST = Comparator
			.comparingInt(Candidate::category)
			.thenComparingInt(Candidate::region)
			.thenComparingInt(candidate -> candidate.rule().priority());

	private final List<RoutingRule> rules;

	public RoutingRules(List<RoutingRule> rules) {
		this.rules = List.copyOf(rules);
		Set<Key> seen = new HashSet<>();
		for (RoutingRule rule : this.rules) {
			if (!seen.add(new Key(rule.category(), rule.regionPrefix(), rule.priority()))) {
				throw new IllegalArgumentException("two rules for " + rule.category() + " in "
						+ rule.regionPrefix() + " with priority " + rule.priority());
			}
		}
	}

	/**
	 * The best rule for a case of {@code category} (a leaf or first-level code) whose
	 * first-level code is {@code parentCategory} (null when the case names a first-level
	 * code), located in {@code regionCode}.
	 */
	public Optional<RoutingRule> route(String category, String parentCategory, String regionCode) {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(regionCode, "regionCode");
		return rules.stream()
				.map(rule -> new Candidate(rule,
						rule.categoryMatch(category, parentCategory), rule.regionMatch(regionCode)))
				.filter(candidate -> candidate.category() >= 0 && candidate.region() >= 0)
				.max(BEST_LAST)
				.map(Candidate::rule);
	}
}
