package org.fengqiao.people.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class SpecialPopulationApiTests extends ApiTest {

	static final String LIUYI = "610722101213";
	static final String WUAI = "610722101209";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void a_file_is_read_by_its_village_grid_member_and_the_town_but_is_not_found_for_another_village() {
		long id = createFile(LIUYI, "03", Map.of("diagnosis", "精神分裂症", "dangerLevel", 3, "guardianName", "王桂兰",
				"guardianPhone", "13912342345"), false);

		Response read = api.get("/api/special-populations/" + id, "grid.liuyi").expect(200);
		assertThat(read.text("category")).isEqualTo("03");
		assertThat(read.field("fields").path("guardianPhone").asString()).isEqualTo("139****2345");
		assertThat(read.text("idNumber")).contains("********");
		assertThat(api.get("/api/special-populations/" + id, "leader.longtou").status()).isEqualTo(200);
		assertThat(api.get("/api/special-populations/" + id, "police.longtou").status()).isEqualTo(200);

		assertThat(api.get("/api/special-populations/" + id, "grid.wuai").status()).isEqualTo(404);
		assertThat(api.post("/api/special-populations/" + id + "/visits", visit(), "grid.wuai").status()).isEqualTo(404);
		assertThat(api.put("/api/special-populations/" + id, fileBody(0L, "03", Map.of("dangerLevel", 1), false), "grid.wuai")
			.status()).isEqualTo(404);
		assertThat(api.get("/api/special-populations?size=200", "grid.wuai").expect(200).field("items").valueStream()
			.map(i -> i.path("id").asLong())).doesNotContain(id);
		assertThat(api.get("/api/special-populations/" + id, "judicial.longtou").status()).isEqualTo(404);
		assertThat(api.get("/api/special-populations/" + id, "desk.anguo").status()).isEqualTo(404);
		assertThat(api.get("/api/special-populations/" + id, "county.chenggu").status()).isEqualTo(403);
	}

	@Test
	void the_judicial_office_reads_community_corrections_and_every_read_is_audited() {
		long id = createFile(LIUYI, "02", Map.of("correctionType", "02", "correctionStart", "2026-01-10",
				"correctionEnd", "2027-01-09"), false);

		assertThat(api.get("/api/special-populations/" + id, "judicial.longtou").status()).isEqualTo(200);
		assertThat(api.get("/api/special-populations/" + id, "judicial.longtou").status()).isEqualTo(200);

		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE record_type = 'special-population' AND record_id = :id "
				+ "AND action = 'READ' AND actor = 'judicial.longtou'").param("id", String.valueOf(id)).query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void category_fields_are_checked_per_category_with_the_failing_field_named() {
		long resident = resident(LIUYI);
		Response bad = api.post("/api/special-populations", fileBody(resident, "02", Map.of("correctionType", "09",
				"correctionStart", "2026-02-01", "correctionEnd", "2026-01-01", "dangerLevel", 2), false), "desk.longtou");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.field("errors").valueStream().map(e -> e.path("field").asString()))
			.contains("fields.correctionType", "fields.dangerLevel");

		Response badPhone = api.post("/api/special-populations", fileBody(resident, "08", Map.of("guardianName", "李四",
				"guardianIdNumber", "610722199001011234"), false), "desk.longtou");
		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(badPhone.field("errors").valueStream().map(e -> e.path("field").asString()))
			.containsExactly("fields.guardianIdNumber");
	}

	@Test
	void a_key_person_owes_a_visit_this_week_and_a_recorded_visit_fulfils_it() {
		long id = createFile(LIUYI, "07", Map.of("petitionMatter", "土地补偿"), true);
		Response before = api.get("/api/special-populations/" + id, "grid.liuyi").expect(200);
		// 2026-03-05 is a Thursday: this week's visit is due on Sunday 2026-03-08
		assertThat(before.text("nextVisitDue")).isEqualTo("2026-03-08");

		api.post("/api/special-populations/" + id + "/visits", visit(), "grid.liuyi").expect(201);

		Response after = api.get("/api/special-populations/" + id, "grid.liuyi").expect(200);
		assertThat(after.field("duties").valueStream()
			.filter(d -> d.path("duty").asString().equals("VISIT") && d.path("periodStart").asString().equals("2026-03-02"))
			.map(d -> d.path("done").asBoolean())).containsExactly(true);
		assertThat(after.field("records").get(0).path("situation").asString()).isEqualTo("情绪稳定，在家务农。");
	}

	@Test
	void a_visit_that_finds_a_dispute_opens_a_case_linked_to_it() {
		long id = createFile(LIUYI, "07", Map.of("petitionMatter", "宅基地纠纷"), false);
		Map<String, Object> body = new java.util.HashMap<>(visit());
		body.put("openCase", Map.of("kind", "DISPUTE", "categoryCode", "DISPUTE_NEIGHBOR", "title", "宅基地边界纠纷",
				"description", "走访发现与邻居因宅基地边界发生争执，有激化苗头。"));

		Response recorded = api.post("/api/special-populations/" + id + "/visits", body, "grid.liuyi");
		assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
		String number = recorded.text("caseNumber");
		assertThat(number).startsWith("610722101-2026-");

		Response kase = api.get("/api/cases/" + number, "desk.longtou").expect(200);
		assertThat(kase.text("kind")).isEqualTo("DISPUTE");
		assertThat(api.get("/api/special-populations/" + id, "grid.liuyi").expect(200).field("records").get(0)
			.path("caseNumber").asString()).isEqualTo(number);
	}

	static Map<String, Object> visit() {
		return Map.of("date", "2026-03-05", "method", "IN_PERSON", "lat", 33.13, "lng", 107.2, "situation", "情绪稳定，在家务农。",
				"mood", "STABLE");
	}

	long createFile(String village, String category, Map<String, Object> fields, boolean key) {
		return SpecialFixtures.createFile(api, resident(village), category, fields, key);
	}

	static Map<String, Object> fileBody(long resident, String category, Map<String, Object> fields, boolean key) {
		return SpecialFixtures.fileBody(resident, category, fields, key);
	}

	long resident(String village) {
		return SpecialFixtures.resident(jdbc, cipher, clock.instant(), village);
	}
}
