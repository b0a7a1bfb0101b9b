package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Statistics computed from the cases of 荷叶乡, which no other test touches. */
class CaseStatisticsApiTests extends ApiTest {

	private static final String HEYE = "510921207000";
	private static final String JUDICIAL = HEYE + "-JUDICIAL_OFFICE";

	@Test
	void the_overview_counts_received_resolved_on_time_and_satisfied_cases_of_the_period() {
		String desk = user("desk.heye", "CENTER_STAFF", HEYE + "-GOVERNANCE_CENTER");
		String unit = user("judicial.heye", "DEPARTMENT_STAFF", JUDICIAL);
		String village = firstVillage(desk);
		String onTime = accepted(desk, unit, village);
		String late = accepted(desk, unit, village);
		String open = accepted(desk, unit, village);
		String repeat = create(desk, village);
		act(repeat, "merge", Map.of("into", open), desk);

		act(onTime, "resolve", Map.of("result", "已调解"), unit);
		act(onTime, "feedback", Map.of("method", "PHONE", "message", "已告知"), desk);
		act(onTime, "visit", Map.of("satisfaction", "VERY_SATISFIED"), desk);
		advance(Duration.ofDays(40));
		desk = login("desk.heye");
		unit = login("judicial.heye");
		act(late, "resolve", Map.of("result", "已调解"), unit);
		act(late, "feedback", Map.of("method", "PHONE", "message", "已告知"), desk);
		act(late, "visit", Map.of("satisfaction", "DISSATISFIED"), desk);

		JsonNode stats = api.send("GET", "/api/stats/overview?region=" + HEYE + "&from=2026-03-01&to=2026-03-31", null, desk,
				null).expect(200).body();

		assertThat(stats.path("received").asLong()).isEqualTo(3);
		assertThat(stats.path("resolved").asLong()).isEqualTo(2);
		assertThat(stats.path("resolutionRate").decimalValue()).isEqualByComparingTo("0.6667");
		assertThat(stats.path("onTimeRate").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(stats.path("satisfactionRate").decimalValue()).isEqualByComparingTo("0.5");
		assertThat(stats.path("byKind").path("DISPUTE").asLong()).isEqualTo(3);
		assertThat(stats.path("byChannel").path("GRID_PATROL").asLong()).isEqualTo(3);
		JsonNode row = stats.path("byRegion").get(0);
		assertThat(row.path("regionCode").asString()).isEqualTo(village);
		assertThat(row.path("received").asLong()).isEqualTo(3);

		JsonNode empty = api.send("GET", "/api/stats/overview?region=" + HEYE + "&from=2025-01-01&to=2025-12-31", null,
				desk, null).expect(200).body();
		assertThat(empty.path("received").asLong()).isZero();
		assertThat(empty.path("resolutionRate").isNull()).isTrue();
	}

	@Test
	void statistics_are_limited_to_the_callers_scope() {
		assertThat(api.get("/api/stats/overview?region=" + HEYE, "desk.longtou").status()).isEqualTo(404);
		assertThat(api.get("/api/stats/overview?region=abc", "desk.longtou").status()).isEqualTo(400);
		api.post("/api/users", Map.of("username", "noregion.staff", "displayName", "无区划", "password", "Heye#2026x",
				"roles", List.of("DEPARTMENT_STAFF"), "departments", List.of(JUDICIAL)), "admin");
		Response r = api.send("GET", "/api/stats/overview", null, login("noregion.staff"), null);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.array("errors").get(0).path("field").asString()).isEqualTo("region");
	}

	private String firstVillage(String token) {
		return api.send("GET", "/api/regions/" + HEYE + "/children", null, token, null).expect(200).body().get(0).path("code")
			.asString();
	}

	private String accepted(String desk, String unit, String village) {
		String number = create(desk, village);
		act(number, "dispatch", Map.of("leadUnit", JUDICIAL), desk);
		assertThat(act(number, "accept", Map.of(), unit).status()).isEqualTo(200);
		return number;
	}

	private String create(String desk, String village) {
		Map<String, Object> body = CaseLifecycleApiTests.dispute("荷叶乡统计 " + System.nanoTime(), "统计口径测试，内容各不相同 " + System.nanoTime());
		body.put("location", Map.of("regionCode", village));
		Response r = api.send("POST", "/api/cases", body, desk, null);
		assertThat(r.status()).as(r.raw()).isEqualTo(201);
		return r.text("number");
	}

	private Response act(String number, String action, Map<String, Object> body, String token) {
		return api.send("POST", "/api/cases/" + number + "/" + action, body, token, null);
	}

	private String user(String username, String role, String department) {
		api.post("/api/users", Map.of("username", username, "displayName", username, "password", "Heye#2026x", "roles",
				List.of(role), "regions", List.of(HEYE), "departments", List.of(department)), "admin");
		return login(username);
	}

	private String login(String username) {
		return api.post("/api/auth/login", Map.of("username", username, "password", "Heye#2026x"), null).expect(200).text("token");
	}
}
