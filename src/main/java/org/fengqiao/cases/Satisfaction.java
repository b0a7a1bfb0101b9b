package org.fengqiao.cases;

import java.util.Set;

/** The return visit's rating (满意度); UNREACHABLE is no rating. */
public enum Satisfaction {
	VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, UNREACHABLE;

	static final Set<Satisfaction> SATISFIED_RATINGS = Set.of(VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED);
}
