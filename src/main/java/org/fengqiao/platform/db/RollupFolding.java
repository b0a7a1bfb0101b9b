package org.fengqiao.platform.db;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Folds every registered {@link RollupFold} daily: the months past their busy weeks — every record received more
 * than 62 days ago — into slot 0, so a ten-year dashboard sums about one row per group. The sums never change:
 * each fold moves counts within a group in one statement; a later change to an old record simply adds to a slot
 * again.
 */
@Component
public class RollupFolding {

	/** Months holding records received within this many days keep their slots. */
	static final int SPREAD_DAYS = 62;

	private final List<RollupFold> folds;
	private final JdbcClient jdbc;
	private final Clock clock;

	RollupFolding(List<RollupFold> folds, JdbcClient jdbc, Clock clock) {
		this.folds = folds;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Folds the months before the first still spread over slots; answers how many groups the folds wrote. */
	@Scheduled(fixedDelayString = "PT24H", initialDelayString = "PT10M")
	public int fold() {
		LocalDate before = firstSpreadMonth(LocalDate.ofInstant(clock.instant(), Times.ZONE));
		return folds.stream().mapToInt(f -> jdbc.sql("SELECT " + name(f) + "(:before)").param("before", before)
			.query(Integer.class).single()).sum();
	}

	/** A function's name is the module's constant, never input; checked all the same before it goes into SQL. */
	private static String name(RollupFold fold) {
		if (!fold.function().matches("[a-z_]+")) {
			throw new IllegalStateException("not a function name: " + fold.function());
		}
		return fold.function();
	}

	/** The first month that may still hold records received within {@link #SPREAD_DAYS} days of {@code today}. */
	static LocalDate firstSpreadMonth(LocalDate today) {
		return today.minusDays(SPREAD_DAYS).withDayOfMonth(1);
	}
}
