package org.fengqiao.people.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The responsibility team's usernames name real accounts of the file's town, or nothing is saved. */
class TeamMemberApiTests extends ApiTest {

	private static final String LIUYI = "610722101213";
	private static final Map<String, Object> FIELDS = Map.of("petitionMatter", "土地补偿");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void opening_a_file_with_a_police_officer_who_has_no_account_is_refused_naming_him_and_saves_nothing() {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);

		Response refused = api.post("/api/special-populations", body(resident, "police.nobody"), "desk.longtou");

		assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(message(refused, "team.police.username")).contains("police.nobody").contains("没有用户名");
		assertThat(filesOf(resident)).isZero();
	}

	@Test
	void a_staff_member_of_another_town_is_refused_on_the_team_in_chinese_and_in_english() {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);

		Response refused = api.post("/api/special-populations", body(resident, "desk.anguo"), "desk.longtou");
		Response english = api.send("POST", "/api/special-populations", body(resident, "desk.anguo"),
				api.token("desk.longtou"), Map.of("Accept-Language", "en"));

		assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
		assertThat(message(refused, "team.police.username")).contains("desk.anguo").contains("不是本档案所在乡镇的工作人员");
		assertThat(english.status()).isEqualTo(400);
		assertThat(message(english, "team.police.username")).contains("desk.anguo").contains("not staff of this file's town");
		assertThat(filesOf(resident)).isZero();
		Response accepted = api.post("/api/special-populations", body(resident, "police.longtou"), "desk.longtou");
		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(201);
	}

	@Test
	void changing_a_team_to_an_unknown_username_is_refused_and_the_stored_team_stays() {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);
		Response created = api.post("/api/special-populations", body(resident, "police.longtou"), "desk.longtou");
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		long id = created.field("id").asLong();

		Response refused = api.put("/api/special-populations/" + id, body(resident, "police.longtuo"), "desk.longtou");

		assertThat(refused.status()).as(refused.raw()).isEqualTo(400);
		assertThat(message(refused, "team.police.username")).contains("police.longtuo");
		Response file = api.get("/api/special-populations/" + id, "desk.longtou").expect(200);
		assertThat(file.field("team").path("police").path("username").asString()).isEqualTo("police.longtou");
	}

	private static Map<String, Object> body(long resident, String police) {
		return Map.of("residentId", resident, "category", "07", "riskLevel", "MEDIUM", "key", false, "fields", FIELDS,
				"team", Map.of("police", Map.of("username", police, "name", "李警官"),
						"gridMember", Map.of("username", "grid.liuyi", "name", "曾小明")));
	}

	private static String message(Response problem, String field) {
		return problem.field("errors").valueStream().filter(e -> e.path("field").asString().equals(field))
			.map(e -> e.path("message").asString()).findFirst()
			.orElseThrow(() -> new AssertionError("no error for " + field + " in " + problem.raw()));
	}

	private long filesOf(long resident) {
		return jdbc.sql("SELECT count(*) FROM special_populations WHERE resident_id = :r").param("r", resident)
			.query(Long.class).single();
	}
}
