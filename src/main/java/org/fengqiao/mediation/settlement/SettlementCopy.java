package org.fengqiao.mediation.settlement;

import org.fengqiao.cases.CaseChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a dispute's settlement contribution (settlement_cases, settlement_rollups) current when its case changes, in
 * the case's own transaction; sessions, agreements, referrals and committees recount through this module's own
 * triggers (migration V2026_12_06_2330). Idempotent: a recount computes the contribution from the records as they are.
 */
@Component
class SettlementCopy {

	private final JdbcClient jdbc;

	SettlementCopy(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(CaseChanged change) {
		if (SettlementInputs.moved(change)) {
			jdbc.sql("SELECT settlement_recount(CAST(:numbers AS varchar[]))")
				.param("numbers", SettlementInputs.numbers(change)).query((rs, i) -> 1).list();
		}
	}
}
