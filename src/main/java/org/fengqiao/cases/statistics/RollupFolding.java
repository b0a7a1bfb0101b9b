package org.fengqiao.cases.statistics;

import java.time.Clock;
import java.time.LocalDate;

import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds the rollups' slots (which spread concurrent changes to open cases) of the months past their busy weeks —
 * every case received more than 62 days ago — into slot 0, so a ten-year dashboard sums about one row per group.
 * The sums never change: each fold moves counts within a group in one statement; a later change to an old case
 * simply adds to a slot again.
 */
@Component
class RollupFolding {

	/** Months holding cases received within this many days keep their slots. */
	static final int SPREAD_DAYS = 62;

	private final JdbcClient jdbc;
	private final Clock clock;

	RollupFolding(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Folds the months before the first still spread over slots; answers how many groups it wrote. */
	@Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT10M")
	int fold() {
		return jdbc.sql("SELECT case_rollups_fold(:before)").param("before", firstSpreadMonth(today()))
			.query(Integer.class).single();
	}

	/** The first month that may still hold cases received within {@link #SPREAD_DAYS} days of {@code today}. */
	static LocalDate firstSpreadMonth(LocalDate today) {
		return today.minusDays(SPREAD_DAYS).withDayOfMonth(1);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Times.ZONE);
	}
}
