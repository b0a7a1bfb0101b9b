package org.fengqiao.mediation.settlement;

import java.time.Clock;
import java.time.LocalDate;

import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the settlement rollups' slots of the months past their busy weeks — every dispute received more than 62
 * days ago, the span the case rollups keep spread too — into slot 0, so a ten-year settlement figure sums about one
 * row per town, month, type and level. The sums never change.
 */
@Component
public class SettlementFolding {

	static final int SPREAD_DAYS = 62;

	private final JdbcClient jdbc;
	private final Clock clock;

	SettlementFolding(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Folds the months before the first still spread over slots; answers how many groups it wrote. */
	@Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT10M")
	public int fold() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
		return jdbc.sql("SELECT settlement_rollups_fold(:before)")
			.param("before", today.minusDays(SPREAD_DAYS).withDayOfMonth(1)).query(Integer.class).single();
	}
}
