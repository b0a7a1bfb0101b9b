package org.fengqiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientRoutesTests {

	@Test
	void the_pages_of_the_web_application_are_client_routes() {
		assertThat(ClientRoutes.isClientRoute("GET", "/")).isTrue();
		assertThat(ClientRoutes.isClientRoute("GET", "/login")).isTrue();
		assertThat(ClientRoutes.isClientRoute("GET", "/cases/610722101-2026-000123")).isTrue();
		assertThat(ClientRoutes.isClientRoute("HEAD", "/cases")).isTrue();
		assertThat(ClientRoutes.isClientRoute("GET", "/admin/users/desk.longtou")).isTrue();
	}

	@Test
	void the_api_documentation_actuator_and_built_files_are_not() {
		assertThat(ClientRoutes.isClientRoute("GET", "/api")).isFalse();
		assertThat(ClientRoutes.isClientRoute("GET", "/api/cases")).isFalse();
		assertThat(ClientRoutes.isClientRoute("GET", "/api/no-such-thing")).isFalse();
		assertThat(ClientRoutes.isClientRoute("GET", "/v3/api-docs")).isFalse();
		assertThat(ClientRoutes.isClientRoute("GET", "/swagger-ui.html")).isFalse();
		assertThat(ClientRoutes.isClientRoute("GET", "/actuator/health")).isFalse();
		assertThat(ClientRoutes.isClientRoute("GET", "/error")).isFalse();
		assertThat(ClientRoutes.isClientRoute("GET", "/assets/index-abc.js")).isFalse();
		assertThat(ClientRoutes.isClientRoute("GET", "/index.html")).isFalse();
		assertThat(ClientRoutes.isClientRoute("GET", "/favicon.ico")).isFalse();
	}

	@Test
	void only_reads_are_answered_with_the_page() {
		assertThat(ClientRoutes.isClientRoute("POST", "/login")).isFalse();
		assertThat(ClientRoutes.isClientRoute("DELETE", "/cases/610722101-2026-000123")).isFalse();
	}
}
