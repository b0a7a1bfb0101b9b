package org.fengqiao.cases;

/** Where a case stands in its lifecycle (DESIGN.md, "The case lifecycle"). */
public enum CaseStatus {
	RECEIVED,
	DISPATCHED,
	ACCEPTED,
	IN_PROGRESS,
	RESOLVED,
	FEEDBACK_GIVEN,
	VISITED,
	CLOSED,
	RETURNED,
	ESCALATED,
	MERGED,
	REOPENED,
	/** 不予受理 / 不再受理: a petition not accepted (final). */
	NOT_ACCEPTED
}
