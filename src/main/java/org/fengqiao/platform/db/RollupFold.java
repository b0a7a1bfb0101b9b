package org.fengqiao.platform.db;

/**
 * A rollup table whose rows are additive counters spread over slots (so that concurrent writes to one group do not
 * queue on one row), with a SQL function {@code fn(before date) RETURNS integer} that moves the slots of every month
 * before {@code before} into slot 0, sums unchanged, and answers the groups it wrote. A module registers one as a
 * bean; {@link RollupFolding} runs them all.
 */
public interface RollupFold {

	/** The folding function's name. */
	String function();
}
