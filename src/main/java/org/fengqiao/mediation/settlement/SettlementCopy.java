package org.fengqiao.mediation.settlement;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fengqiao.cases.CaseChanged;
import org.fengqiao.platform.db.WritesAtCommit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a dispute's settlement contribution (settlement_cases, settlement_rollups) current when its case changes, in
 * the case's own transaction: the disputes a transaction moved are recounted once, just before it commits (a failed
 * recount rolls the change back), so an intake that dispatches at once, or the demo history's hundreds of cases, cost
 * one statement, sent with the commit ({@link WritesAtCommit}). Sessions, agreements, referrals and committees
 * recount through this module's own triggers (migration V2026_12_06_2330). Idempotent: a recount computes the
 * contribution from the records as they are.
 */
@Component
class SettlementCopy {

	private final WritesAtCommit writes;

	SettlementCopy(WritesAtCommit writes) {
		this.writes = writes;
	}

	@EventListener
	void on(CaseChanged change) {
		if (!SettlementInputs.moved(change)) {
			return;
		}
		List<String> numbers = List.of(SettlementInputs.numbers(change));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			recount(numbers);
			return;
		}
		// a synchronization belongs to its transaction (an inner new transaction would get its own)
		Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
			.filter(Pending.class::isInstance).map(Pending.class::cast).findFirst().orElseGet(() -> {
				Pending fresh = new Pending();
				TransactionSynchronizationManager.registerSynchronization(fresh);
				return fresh;
			});
		pending.moved.addAll(numbers);
	}

	/** The disputes one transaction moved, recounted just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Set<String> moved = new LinkedHashSet<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			recount(moved);
		}
	}

	private void recount(Collection<String> numbers) {
		writes.add("SELECT settlement_recount(CAST(? AS varchar[]))", (Object) numbers.toArray(String[]::new));
	}
}
