package org.fengqiao.mediation.settlement;

import java.time.LocalDate;

import org.fengqiao.platform.db.RollupFold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The settlement rollups' slots (spread by the case number's last character) folded by
 * {@code settlement_rollups_fold}, so a ten-year settlement figure sums about one row per town, month, type and level.
 */
@Component
class SettlementRollupFold implements RollupFold {

	private final JdbcClient jdbc;

	SettlementRollupFold(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int foldBefore(LocalDate month) {
		return jdbc.sql("SELECT settlement_rollups_fold(:before)").param("before", month).query(Integer.class).single();
	}
}
