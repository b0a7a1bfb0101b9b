package org.fengqiao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

class AuthApiTests extends ApiTest {

	@Test
	void a_demo_user_logs_in_and_gets_a_token_with_roles_and_scope() {
		Response r = api.post("/api/auth/login", Map.of("username", "grid.liuyi", "password", "Demo#2026"), null);

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.text("token")).hasSizeGreaterThan(30);
		assertThat(OffsetDateTime.parse(r.text("expiresAt")).getOffset().getId()).isEqualTo("+08:00");
		assertThat(OffsetDateTime.parse(r.text("expiresAt")).toInstant()).isEqualTo(NOW.plus(Duration.ofHours(8)));
		assertThat(r.body().path("user").path("displayName").asString()).isEqualTo("曾小明");
		assertThat(r.body().path("user").path("roles").get(0).asString()).isEqualTo("GRID_MEMBER");
		assertThat(r.body().path("user").path("scope").path("regions").get(0).asString()).isEqualTo("610722101213");
		assertThat(r.body().path("user").path("scope").path("readOnly").asBoolean()).isFalse();
		assertThat(r.body().path("user").path("scope").path("grids").get(0).asString()).startsWith("610722101213");
	}

	@Test
	void a_wrong_password_or_unknown_user_is_401_without_saying_which() {
		Response wrong = api.post("/api/auth/login", Map.of("username", "desk.longtou", "password", "Wrong#2026"), null);
		Response unknown = api.post("/api/auth/login", Map.of("username", "nobody", "password", "Wrong#2026"), null);

		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.text("code")).isEqualTo("auth.bad-credentials");
		assertThat(unknown.status()).isEqualTo(401);
		assertThat(unknown.text("detail")).isEqualTo(wrong.text("detail"));
	}

	@Test
	void five_failed_logins_lock_an_account_for_fifteen_minutes() {
		createUser("lockout.one", "Lockout#2026");
		for (int i = 1; i <= 4; i++) {
			assertThat(login("lockout.one", "Wrong#000" + i).expect(401).text("code")).isEqualTo("auth.bad-credentials");
		}

		Response fifth = login("lockout.one", "Wrong#0005");
		assertThat(fifth.status()).isEqualTo(401);
		assertThat(fifth.text("code")).isEqualTo("auth.locked");
		assertThat(OffsetDateTime.parse(fifth.text("lockedUntil")).toInstant()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));

		Response rightButLocked = login("lockout.one", "Lockout#2026");
		assertThat(rightButLocked.status()).isEqualTo(401);
		assertThat(rightButLocked.text("code")).isEqualTo("auth.locked");

		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		assertThat(login("lockout.one", "Lockout#2026").status()).isEqualTo(200);
	}

	@Test
	void a_successful_login_resets_the_failure_count() {
		createUser("lockout.two", "Lockout#2026");
		for (int i = 0; i < 4; i++) {
			login("lockout.two", "Wrong#2026");
		}
		assertThat(login("lockout.two", "Lockout#2026").status()).isEqualTo(200);
		for (int i = 0; i < 4; i++) {
			assertThat(login("lockout.two", "Wrong#2026").expect(401).text("code")).isEqualTo("auth.bad-credentials");
		}
	}

	@Test
	void a_token_expires_after_its_lifetime() {
		String token = login("desk.longtou", "Demo#2026").expect(200).text("token");
		assertThat(api.send("GET", "/api/auth/me", null, token, null).status()).isEqualTo(200);

		clock.advance(Duration.ofHours(8).plusSeconds(1));

		assertThat(api.send("GET", "/api/auth/me", null, token, null).status()).isEqualTo(401);
	}

	@Test
	void after_logout_the_token_is_refused() {
		String token = login("desk.longtou", "Demo#2026").expect(200).text("token");

		assertThat(api.send("POST", "/api/auth/logout", null, token, null).status()).isEqualTo(204);

		Response after = api.send("GET", "/api/regions/610722101000", null, token, null);
		assertThat(after.status()).isEqualTo(401);
		assertThat(after.contentType()).startsWith("application/problem+json");
		assertThat(after.text("code")).isEqualTo("auth.required");
	}

	@Test
	void a_request_without_or_with_a_forged_token_is_401() {
		assertThat(api.get("/api/regions/610722101000", null).status()).isEqualTo(401);
		assertThat(api.send("GET", "/api/regions/610722101000", null, "forged-token", null).status()).isEqualTo(401);
	}

	@Test
	void a_weak_password_is_refused_with_the_field_named() {
		for (String weak : List.of("short#1A", "alllowercase", "ALLUPPER123", "abcdefgh1")) {
			Response r = api.post("/api/users", user("weak.user", weak), "admin");
			if (weak.equals("short#1A")) {
				assertThat(r.status()).isEqualTo(201); // 8 characters, 4 classes: acceptable
				continue;
			}
			assertThat(r.status()).as(weak).isEqualTo(400);
			assertThat(r.array("errors").get(0).path("field").asString()).isEqualTo("password");
		}
	}

	@Test
	void only_administrators_create_users() {
		Response r = api.post("/api/users", user("not.allowed", "Allowed#2026"), "leader.longtou");

		assertThat(r.status()).isEqualTo(403);
		assertThat(api.post("/api/auth/login", Map.of("username", "not.allowed", "password", "Allowed#2026"), null)
			.status()).isEqualTo(401);
	}

	@Test
	void a_user_changes_their_password_and_old_tokens_stop_working() {
		createUser("changer", "Before#2026");
		String token = login("changer", "Before#2026").expect(200).text("token");

		Response change = api.send("POST", "/api/auth/password",
				Map.of("currentPassword", "Before#2026", "newPassword", "After#2026x"), token, null);

		assertThat(change.status()).isEqualTo(204);
		assertThat(api.send("GET", "/api/auth/me", null, token, null).status()).isEqualTo(401);
		assertThat(login("changer", "Before#2026").status()).isEqualTo(401);
		assertThat(login("changer", "After#2026x").status()).isEqualTo(200);
	}

	private Response login(String username, String password) {
		return api.post("/api/auth/login", Map.of("username", username, "password", password), null);
	}

	private void createUser(String username, String password) {
		assertThat(api.post("/api/users", user(username, password), "admin").status()).isEqualTo(201);
	}

	private static Map<String, Object> user(String username, String password) {
		return Map.of("username", username, "displayName", "测试用户", "password", password, "roles",
				List.of("CENTER_STAFF"), "regions", List.of("610722101000"));
	}
}
