package org.fengqiao.mediation.settlement;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fengqiao.cases.CaseChanged;
import org.fengqiao.mediation.settlement.SettlementInputs.Count;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.db.WritesAtCommit;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps a dispute's settlement contribution (settlement_cases, settlement_rollups) current when its case changes, in
 * the case's own transaction: the disputes a transaction moved are counted once, just before it commits (a failed
 * count rolls the change back), so an intake that dispatches at once, or the demo history's hundreds of cases, cost
 * one statement, sent with the commit ({@link WritesAtCommit}). Sessions, agreements, referrals and committees
 * recount through this module's own triggers (migration V2026_12_06_2330), so a dispute's row is always current.
 * <p>
 * Most changes recount the dispute from its records (idempotent). The two every dispute makes are cheaper
 * (issue 15): one just taken in has no record but its case ({@link #RECEIVE}), and a resolution that moves nothing
 * else can only settle it ({@link #RESOLVE}). A dispute changed twice in one transaction is recounted.
 */
@Component
@ReadsAcrossScopes(reason = "counts the disputes a case change names, in that change's own transaction, for no caller")
class SettlementCopy {

	/**
	 * Disputes just taken in: the recount's rule (migration V2026_12_07_0100) for a dispute with no agreement, session
	 * or referral that is not resolved — screened, at the level its lead unit and case give. A dispute already counted
	 * (a session or agreement written in the same transaction has recounted it through its trigger) keeps its row.
	 * {@code %s} is the match of the numbers ({@link #ONE} or {@link #MANY}).
	 */
	private static final String RECEIVE = """
			WITH fresh AS (
			    INSERT INTO settlement_cases (case_number, region_code, month, type, level, mediated, settled)
			    SELECT c.number, c.region_code, CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Shanghai') AS date),
			           coalesce(substring(c.category_code from '^[A-Z]+_[A-Z]+'), 'DISPUTE_OTHER'),
			           CASE WHEN c.lead_unit LIKE '%%-VILLAGE_COMMITTEE' THEN 'VILLAGE' WHEN c.level = 'COUNTY' THEN 'COUNTY'
			                ELSE 'TOWN' END,
			           false, false
			    FROM cases c WHERE c.number %s AND c.kind = 'DISPUTE'
			    ON CONFLICT (case_number) DO NOTHING
			    RETURNING *)
			INSERT INTO settlement_rollups AS r (region_code, month, type, level, slot, screened, mediated, settled)
			SELECT f.region_code, f.month, f.type, f.level, settlement_slot(f.case_number), count(*), 0, 0
			FROM fresh f GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
			ON CONFLICT (region_code, month, type, level, slot) DO UPDATE SET screened = r.screened + excluded.screened
			""";

	/**
	 * Disputes resolved, nothing else of their case moved: the recount's rule makes a resolved dispute settled unless
	 * it was referred, and leaves its level and mediation as they were; one settled already (an agreement, an agreed
	 * session) stays counted once. {@code %s} as in {@link #RECEIVE}.
	 */
	private static final String RESOLVE = """
			WITH settled AS (
			    UPDATE settlement_cases s SET settled = true
			    WHERE s.case_number %s AND NOT s.settled
			        AND NOT EXISTS (SELECT 1 FROM referrals x WHERE x.case_number = s.case_number)
			    RETURNING s.*)
			INSERT INTO settlement_rollups AS r (region_code, month, type, level, slot, screened, mediated, settled)
			SELECT s.region_code, s.month, s.type, s.level, settlement_slot(s.case_number), 0, 0, count(*)
			FROM settled s GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
			ON CONFLICT (region_code, month, type, level, slot) DO UPDATE SET settled = r.settled + excluded.settled
			""";

	private static final String RECOUNT = "SELECT settlement_recount(CAST(? AS varchar[]))";

	/**
	 * One dispute (every action's case) is matched by a plain value: PostgreSQL plans a match against an array anew
	 * on every execution, since a plan for an array of unknown length looks dearer than one for the array at hand
	 * (measured: 2,631 plans for 2,631 counts, a third of a millisecond each). The recount's function keeps one plan.
	 */
	private static final String ONE = "= CAST(? AS varchar)";
	private static final String MANY = "= ANY (CAST(? AS varchar[]))";
	private static final Map<Count, String> FOR_ONE = Map.of(Count.RECEIVED, RECEIVE.formatted(ONE), Count.RESOLVED,
			RESOLVE.formatted(ONE));
	private static final Map<Count, String> FOR_MANY = Map.of(Count.RECEIVED, RECEIVE.formatted(MANY), Count.RESOLVED,
			RESOLVE.formatted(MANY));

	private final WritesAtCommit writes;

	SettlementCopy(WritesAtCommit writes) {
		this.writes = writes;
	}

	@EventListener
	void on(CaseChanged change) {
		Count count = SettlementInputs.count(change);
		if (count == Count.NONE) {
			return;
		}
		String[] numbers = SettlementInputs.numbers(change);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			write(count, List.of(numbers));
			return;
		}
		// a synchronization belongs to its transaction (an inner new transaction would get its own)
		Pending pending = TransactionSynchronizationManager.getSynchronizations().stream()
			.filter(Pending.class::isInstance).map(Pending.class::cast).findFirst().orElseGet(() -> {
				Pending fresh = new Pending();
				TransactionSynchronizationManager.registerSynchronization(fresh);
				return fresh;
			});
		for (String number : numbers) {
			pending.counts.merge(number, count, (first, then) -> Count.RECOUNT);
		}
	}

	/** How each dispute one transaction moved is counted, just before it commits. */
	private final class Pending implements TransactionSynchronization {

		private final Map<String, Count> counts = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			counts.entrySet().stream()
				.collect(Collectors.groupingBy(Map.Entry::getValue, () -> new EnumMap<>(Count.class),
						Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
				.forEach(SettlementCopy.this::write);
		}
	}

	private void write(Count count, List<String> numbers) {
		String[] all = numbers.toArray(String[]::new);
		if (count == Count.RECEIVED || count == Count.RESOLVED) {
			boolean one = all.length == 1;
			writes.add((one ? FOR_ONE : FOR_MANY).get(count), one ? (Object) all[0] : (Object) all);
		}
		else {
			writes.add(RECOUNT, (Object) all);
		}
	}
}
