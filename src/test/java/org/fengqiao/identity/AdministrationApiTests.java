package org.fengqiao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.directory.Department;
import org.fengqiao.directory.Directory;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the administration screens do: disable, re-enable and re-role accounts, reset passwords, edit departments. */
class AdministrationApiTests extends ApiTest {

	@Autowired
	Directory directory;

	private static final String PASSWORD = "Start#2026a";

	@Test
	void a_disabled_account_cannot_log_in_until_it_is_enabled_again() {
		create("disable.me");
		Map<String, Object> change = update("disable.me", false, List.of("CENTER_STAFF"));

		Response disabled = api.put("/api/users/disable.me", change, "admin").expect(200);
		assertThat(disabled.field("enabled").asBoolean()).isFalse();
		assertThat(login("disable.me", PASSWORD).status()).isEqualTo(401);

		api.put("/api/users/disable.me", update("disable.me", true, List.of("CENTER_LEADER")), "admin").expect(200);
		Response again = login("disable.me", PASSWORD).expect(200);
		assertThat(again.field("user").path("roles").valueStream().map(r -> r.asString())).containsExactly("CENTER_LEADER");
	}

	@Test
	void a_reset_password_replaces_the_old_one_and_ends_its_sessions() {
		create("forgot.it");
		String token = login("forgot.it", PASSWORD).expect(200).text("token");

		api.post("/api/users/forgot.it/password", Map.of("password", "Fresh#2026b"), "admin").expect(204);

		assertThat(login("forgot.it", PASSWORD).status()).isEqualTo(401);
		assertThat(login("forgot.it", "Fresh#2026b").status()).isEqualTo(200);
		assertThat(api.send("GET", "/api/auth/me", null, token, null).status()).isEqualTo(401);
		Response weak = api.post("/api/users/forgot.it/password", Map.of("password", "short"), "admin");
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.raw()).contains("password");
	}

	@Test
	void an_administrator_cannot_disable_themselves_and_nobody_else_may_change_accounts() {
		Response self = api.put("/api/users/admin", update("admin", false, List.of("ADMIN")), "admin");
		assertThat(self.status()).isEqualTo(409);
		assertThat(self.text("code")).isEqualTo("user.cannot-lock-out-self");
		assertThat(api.put("/api/users/desk.anguo", update("desk.anguo", false, List.of("CENTER_STAFF")), "leader.longtou")
			.status()).isEqualTo(403);
		assertThat(api.put("/api/users/nobody.here", update("nobody.here", true, List.of("CENTER_STAFF")), "admin")
			.status()).isEqualTo(404);
	}

	@Test
	void an_administrator_adds_a_station_renames_it_and_takes_it_out_of_dispatch() {
		Response added = api.post("/api/departments", Map.of("regionCode", "610722101000", "kind", "HEALTH", "name",
				"龙头镇卫生院", "stationing", "ON_CALL"), "admin").expect(201);
		String code = added.text("code");
		assertThat(code).isEqualTo("610722101000-HEALTH");
		assertThat(units("desk.longtou")).contains(code);
		assertThat(directory.department(code).map(Department::name)).contains("龙头镇卫生院"); // now remembered
		assertThat(directory.dispatchTarget("610722101000", code)).as("a dispatch may name it (and it is remembered)")
			.isPresent();
		assertThat(api.post("/api/departments", Map.of("regionCode", "610722101000", "kind", "HEALTH", "name", "重复"),
				"admin").status()).isEqualTo(409);
		assertThat(api.post("/api/departments", Map.of("regionCode", "610722101000", "kind", "COURT", "name", "法庭"),
				"desk.longtou").status()).isEqualTo(403);

		Response renamed = api.put("/api/departments/" + code, Map.of("name", "龙头镇中心卫生院", "active", false), "admin")
			.expect(200);
		assertThat(renamed.text("name")).isEqualTo("龙头镇中心卫生院");
		assertThat(units("desk.longtou")).doesNotContain(code);
		assertThat(directory.department(code).map(Department::name)).as("this node forgets its own rename at once")
			.contains("龙头镇中心卫生院");
		assertThat(directory.dispatchTarget("610722101000", code))
			.as("this node refuses a unit it took out of dispatch at once").isEmpty();
	}

	private List<String> units(String user) {
		return api.get("/api/departments?region=610722101000", user).expect(200).body().valueStream()
			.map(d -> d.path("code").asString()).toList();
	}

	private void create(String username) {
		api.post("/api/users", Map.of("username", username, "displayName", "测试用户", "password", PASSWORD, "roles",
				List.of("CENTER_STAFF"), "regions", List.of("610722101000")), "admin").expect(201);
	}

	private static Map<String, Object> update(String username, boolean enabled, List<String> roles) {
		Map<String, Object> body = new HashMap<>();
		body.put("displayName", "测试用户 " + username);
		body.put("roles", roles);
		body.put("regions", List.of("610722101000"));
		body.put("enabled", enabled);
		return body;
	}

	private Response login(String username, String password) {
		return api.send("POST", "/api/auth/login", Map.of("username", username, "password", password), null, null);
	}
}
