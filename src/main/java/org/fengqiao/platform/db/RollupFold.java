package org.fengqiao.platform.db;

import java.time.LocalDate;

/**
 * A rollup table whose rows are additive counters spread over slots (so that concurrent writes to one group do not
 * queue on one row), and which can move the slots of months past their busy weeks into one row per group. A
 * module registers one as a bean; {@link RollupFolding} runs them all.
 */
public interface RollupFold {

	/** Moves the slots of every month before {@code month} into slot 0, sums unchanged; answers the groups written. */
	int foldBefore(LocalDate month);
}
