package org.fengqiao.platform;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one shared mechanism by which every repository limits a query to the caller's regions.
 * Queries are constant SQL containing {@code <column> LIKE ANY (:scopeRegions)}; this binds the
 * parameter from the scope, so no SQL is ever built from a scope.
 */
public final class ScopeSql {

	public static final String PARAM = "scopeRegions";

	private ScopeSql() {
	}

	public static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope scope) {
		return spec.param(PARAM, scope.regionPatterns());
	}
}
