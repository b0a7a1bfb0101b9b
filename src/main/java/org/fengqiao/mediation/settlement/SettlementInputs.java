package org.fengqiao.mediation.settlement;

import java.time.Instant;
import java.util.Objects;

import org.fengqiao.cases.CaseChanged;
import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;

/**
 * Whether a case change can move a dispute's settlement contribution (the rollups' screened, mediated, settled and
 * level): only a dispute received, or one whose number, place, month of receipt, type, level, village-committee lead
 * or resolution changed. A dispatch to a station, a sign-for or a clock mark moves nothing.
 */
final class SettlementInputs {

	/** How a change is counted ({@link SettlementCopy}). */
	enum Count {
		/** It moves nothing. */
		NONE,
		/** A dispute just taken in, not resolved (the demo history loads resolved ones): nothing but its case counts. */
		RECEIVED,
		/** A dispute resolved, nothing else that counts moved: it can only become settled. */
		RESOLVED,
		/** Anything else that moves a dispute: it is recounted from its records. */
		RECOUNT
	}

	private SettlementInputs() {
	}

	static Count count(CaseChanged change) {
		CaseChanged.Facts before = change.before();
		CaseChanged.Facts after = change.after();
		if (!isDispute(after) && !isDispute(before)) {
			return Count.NONE;
		}
		if (before == null) {
			return change.kind() == CaseChanged.Kind.RECEIVED && after.resolvedAt() == null ? Count.RECEIVED
					: Count.RECOUNT;
		}
		Inputs was = inputs(before);
		Inputs is = inputs(after);
		if (was.equals(is)) {
			return Count.NONE;
		}
		return !was.resolved() && is.equals(was.resolved(true)) ? Count.RESOLVED : Count.RECOUNT;
	}

	private static boolean isDispute(CaseChanged.Facts facts) {
		return facts != null && facts.caseKind() == CaseKind.DISPUTE;
	}

	private record Inputs(String number, CaseKind kind, String region, Instant receivedAt, String category,
			CaseLevel level, boolean villageLead, boolean resolved) {

		Inputs resolved(boolean resolved) {
			return new Inputs(number, kind, region, receivedAt, category, level, villageLead, resolved);
		}
	}

	private static Inputs inputs(CaseChanged.Facts f) {
		return new Inputs(f.number(), f.caseKind(), f.regionCode(), f.receivedAt(), f.category(), f.level(),
				f.leadUnit() != null && f.leadUnit().endsWith("-VILLAGE_COMMITTEE"), f.resolvedAt() != null);
	}

	/** The numbers to count: the case's, and its former one if it was renumbered. */
	static String[] numbers(CaseChanged change) {
		String after = change.after().number();
		String before = change.before() == null ? after : change.before().number();
		return Objects.equals(before, after) ? new String[] { after } : new String[] { before, after };
	}
}
