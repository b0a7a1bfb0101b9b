package org.fengqiao.cases.statistics;

import java.time.LocalDate;

import org.fengqiao.platform.db.RollupFold;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case rollups' slots (spread by case id while a case is open) folded by {@code case_rollups_fold}. */
@Component
class CaseRollupFold implements RollupFold {

	private final JdbcClient jdbc;

	CaseRollupFold(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int foldBefore(LocalDate month) {
		return jdbc.sql("SELECT case_rollups_fold(:before)").param("before", month).query(Integer.class).single();
	}
}
