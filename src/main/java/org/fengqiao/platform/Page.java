package org.fengqiao.platform;

import java.util.List;
import java.util.function.Function;

/**
 * A page of a list endpoint: {@code {"items","page","size","total","totalExact"}} (API.md, "Lists"). Every list
 * counts exactly today; {@code totalExact} is there for lists that will stop counting past 10,000 rows.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalExact) {

	public static <T> Page<T> of(List<T> items, PageQuery query, long total) {
		return new Page<>(items, query.page(), query.size(), total, true);
	}

	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
	}
}
