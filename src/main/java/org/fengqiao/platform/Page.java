package org.fengqiao.platform;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list endpoint: {@code {"items","page","size","total","totalExact"}} (API.md, "Lists"). A list may
 * count at most {@link #COUNT_CAP} + 1 rows and answer {@link #capped}: {@code total} 10,000 and
 * {@code totalExact: false} beyond.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

	/** Lists count exactly up to this many matching rows. */
	public static final int COUNT_CAP = 10_000;

	/** A page whose {@code counted} rows were counted up to {@link #COUNT_CAP} + 1 at most. */
	public static <T> Page<T> capped(List<T> items, PageQuery query, long counted) {
		return counted > COUNT_CAP ? new Page<>(items, query.page(), query.size(), COUNT_CAP, false)
				: of(items, query, counted);
	}

	public static <T> Page<T> of(List<T> items, PageQuery query, long total) {
		return new Page<>(items, query.page(), query.size(), total, true);
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
	}
}
