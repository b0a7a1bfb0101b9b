package org.fengqiao.platform.web;

import java.util.List;

/**
 * Which requests are the web application's own pages (client-side routes such as {@code /login} or
 * {@code /cases/610722101-2026-000123}), answered with its {@code index.html}: a GET or HEAD outside the API,
 * the documentation, the actuator and the built files, and not a file at the root ({@code /favicon.ico}).
 */
final class ClientRoutes {

	private static final List<String> SERVER_PREFIXES = List.of("/api/", "/v3/", "/swagger-ui", "/actuator",
			"/error", "/assets/", "/tiles/");

	private ClientRoutes() {
	}

	static boolean isClientRoute(String method, String path) {
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return false;
		}
		if (path == null || !path.startsWith("/")) {
			return false;
		}
		if ("/api".equals(path) || SERVER_PREFIXES.stream().anyMatch(path::startsWith)) {
			return false;
		}
		boolean rootFile = path.indexOf('/', 1) < 0 && path.indexOf('.') >= 0;
		return !rootFile;
	}
}
