package org.fengqiao.cases.rules;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.Priority;
import java.util.Objects;

/**
 * The time limits for cases of one kind, optionally narrowed to a category and/or a
 * priority (null means any) and to a place ({@code regionPrefix}, a region code prefix such as
 * {@code 610722101} for 龙头镇; null means everywhere). {@code warningFraction} is the share of the
 * handling time after which a warning (预警) is raised, e.g. 0.8.
 */
public record SlaPolicy(
		CaseKind kind,
		String category,
		Priority priority,
		int signForHours,
		int handlingWorkingDays,
		double warningFraction,
		String regionPrefix) {

	/** Sign for within a day of dispatch when no policy says otherwise. */
	public static final int DEFAULT_SIGN_FOR_HOURS = 24;
	/** Resolve within ten working days of sign-for when no policy says otherwise. */
	public static final int DEFAULT_HANDLING_WORKING_DAYS = 10;
	/** Warn after 80 % of the handling time when no policy says otherwise. */
	public static final double DEFAULT_WARNING_FRACTION = 0.8;

	/** A policy that applies everywhere. */
	public SlaPolicy(CaseKind kind, String category, Priority priority, int signForHours, int handlingWorkingDays,
			double warningFraction) {
		this(kind, category, priority, signForHours, handlingWorkingDays, warningFraction, null);
	}

	/** The limits of a kind that has no policy of its own. */
	public static SlaPolicy defaultFor(CaseKind kind) {
		return new SlaPolicy(kind, null, null, DEFAULT_SIGN_FOR_HOURS, DEFAULT_HANDLING_WORKING_DAYS,
				DEFAULT_WARNING_FRACTION);
	}

	public SlaPolicy {
		Objects.requireNonNull(kind, "kind");
		if (category != null && category.isBlank()) {
			throw new IllegalArgumentException("category must be null (any) or a code");
		}
		if (regionPrefix != null && !regionPrefix.matches("[0-9]{1,12}")) {
			throw new IllegalArgumentException("regionPrefix must be null (everywhere) or 1 to 12 digits: " + regionPrefix);
		}
		if (signForHours < 1) {
			throw new IllegalArgumentException("signForHours must be at least 1: " + signForHours);
		}
		if (handlingWorkingDays < 1) {
			throw new IllegalArgumentException("handlingWorkingDays must be at least 1: " + handlingWorkingDays);
		}
		if (!(warningFraction > 0 && warningFraction < 1)) {
			throw new IllegalArgumentException("warningFraction must lie strictly between 0 and 1: " + warningFraction);
		}
	}

	/** Whether this policy applies to a case of that kind, category and priority in that place (null: unknown). */
	public boolean matches(CaseKind caseKind, String caseCategory, Priority casePriority, String regionCode) {
		return kind == caseKind
				&& (category == null || category.equals(caseCategory))
				&& (priority == null || priority == casePriority)
				&& (regionPrefix == null || (regionCode != null && regionCode.startsWith(regionPrefix)));
	}

	/**
	 * The place decides first (a town's own policy over its county's over the national one), then 3 for
	 * category and priority, 2 for category, 1 for priority, 0 for the kind's default.
	 */
	public int specificity() {
		return (regionPrefix == null ? 0 : regionPrefix.length()) * 4 + (category != null ? 2 : 0)
				+ (priority != null ? 1 : 0);
	}
}
