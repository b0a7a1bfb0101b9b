package org.fengqiao.cases;

/** The return visit's rating (满意度); UNREACHABLE is no rating. */
public enum Satisfaction {
	VERY_SATISFIED, SATISFIED, BASICALLY_SATISFIED, DISSATISFIED, UNREACHABLE;

	/** Counted as satisfied in the satisfaction rate (satisfied ÷ rated). */
	public boolean satisfied() {
		return this == VERY_SATISFIED || this == SATISFIED || this == BASICALLY_SATISFIED;
	}

	/** Counted as a rating at all: a resident who could not be reached gave none. */
	public boolean rated() {
		return this != UNREACHABLE;
	}
}
