package org.fengqiao.cases.rules;

import org.fengqiao.cases.CaseLevel;
import java.util.List;
import java.util.Objects;

/**
 * Where cases of a category in a region go: the level that holds them, the lead unit and
 * the co-units (department codes). {@code category} null means any category,
 * {@code regionPrefix} null means anywhere (a prefix of 12-digit region codes, e.g.
 * {@code 610722101} for every place in 龙头镇). Among equally specific rules the higher
 * {@code priority} wins.
 */
public record RoutingRule(
		String category,
		String regionPrefix,
		CaseLevel level,
		String leadUnit,
		List<String> coUnits,
		int priority) {

	public RoutingRule {
		if (category != null && category.isBlank()) {
			throw new IllegalArgumentException("category must be null (any) or a code");
		}
		if (regionPrefix != null && !regionPrefix.matches("\\d{1,12}")) {
			throw new IllegalArgumentException("regionPrefix must be 1 to 12 digits: " + regionPrefix);
		}
		Objects.requireNonNull(level, "level");
		if (leadUnit == null || leadUnit.isBlank()) {
			throw new IllegalArgumentException("leadUnit is required");
		}
		coUnits = coUnits == null ? List.of() : List.copyOf(coUnits);
		if (coUnits.contains(leadUnit)) {
			throw new IllegalArgumentException("the lead unit " + leadUnit + " cannot also be a co-unit");
		}
		if (coUnits.stream().distinct().count() != coUnits.size()) {
			throw new IllegalArgumentException("co-units are listed twice: " + coUnits);
		}
	}

	/** 2 when the rule names the case's own category, 1 its parent's, 0 any; -1 when it does not apply. */
	int categoryMatch(String caseCategory, String parentCategory) {
		if (category == null) {
			return 0;
		}
		if (category.equals(caseCategory)) {
			return 2;
		}
		return category.equals(parentCategory) ? 1 : -1;
	}

	/** The length of the matching prefix (0 for anywhere); -1 when the region is outside it. */
	int regionMatch(String regionCode) {
		if (regionPrefix == null) {
			return 0;
		}
		return regionCode.startsWith(regionPrefix) ? regionPrefix.length() : -1;
	}
}
