package org.fengqiao.cases;

import java.time.Instant;

/**
 * A case was received or changed (an action, a clock mark), published inside the transaction that wrote it, so a
 * module that keeps numbers about cases (a rollup, a copy) keeps them in that same transaction (DESIGN.md: not by an
 * after-commit listener). Listeners must be idempotent: the facts are the case as it is, not a delta to apply.
 *
 * @param kind what happened
 * @param before the case before the change; {@code null} when it was {@link Kind#RECEIVED}
 * @param after the case after it
 */
public record CaseChanged(Kind kind, Facts before, Facts after) {

	public enum Kind {
		/** Taken in (or loaded with its history, as the demo data set is). */
		RECEIVED,
		/** An action or a clock mark. */
		CHANGED
	}

	/** What other modules may count a case by. */
	public record Facts(String number, CaseKind caseKind, CaseStatus status, CaseLevel level, String regionCode,
			String category, Instant receivedAt, String leadUnit, Instant resolvedAt) {
	}

	public static CaseChanged received(Facts after) {
		return new CaseChanged(Kind.RECEIVED, null, after);
	}
}
