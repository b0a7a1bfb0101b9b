package org.fengqiao.people.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.support.Api;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The files list's Excel twin (masked, for export holders, audited) and a file's numbers in clear (audited). */
class SpecialExportAndUnmaskApiTests extends ApiTest {

	static final String LIUYI = "610722101213";
	static final Map<String, Object> MENTAL = Map.of("diagnosis", "精神分裂症", "dangerLevel", 3, "guardianName", "王桂兰",
			"guardianPhone", "13912342345");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void the_export_opened_with_fastexcel_lists_the_filtered_files_masked_and_only_for_export_holders() throws Exception {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);
		long file = SpecialFixtures.createFile(api, resident, "03", MENTAL, true);
		String idNumber = api.get("/api/residents/" + resident + "/unmasked", "leader.longtou").expect(200).text("idNumber");
		String name = api.get("/api/special-populations/" + file, "desk.longtou").expect(200).text("residentName");

		Api.Download export = api.download("/api/special-populations/export.xlsx?region=" + LIUYI + "&category=03&key=true",
				"desk.longtou");

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).startsWith("application/vnd.openxmlformats");
		List<Row> rows;
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(export.bytes()))) {
			rows = wb.getFirstSheet().read();
		}
		assertThat(rows.get(0).getCellText(0)).isEqualTo("姓名");
		Row mine = rows.stream().filter(r -> name.equals(r.getCellText(0))).findFirst().orElseThrow();
		assertThat(mine.getCellText(1)).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
		assertThat(mine.getCellText(2)).isEqualTo("139****1234");
		assertThat(mine.getCellText(5)).isEqualTo("是");
		assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
			assertThat(r.getCellText(6)).startsWith(LIUYI);
			assertThat(r.getCellText(5)).isEqualTo("是");
		});
		assertThat(new String(export.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain(idNumber);
		assertThat(api.get("/api/audit?recordType=special-population&recordId=export", "admin").expect(200).raw())
			.contains("EXPORT", "desk.longtou");

		assertThat(api.download("/api/special-populations/export.xlsx", "grid.liuyi").status()).isEqualTo(403);
		assertThat(api.download("/api/special-populations/export.xlsx", "police.longtou").status()).isEqualTo(403);
		assertThat(api.download("/api/special-populations/export.xlsx", "county.chenggu").status()).isEqualTo(403);
		assertThat(api.download("/api/special-populations/export.xlsx?region=61x", "desk.longtou").status())
			.isEqualTo(400);
	}

	@Test
	void the_town_leader_and_the_team_see_a_files_numbers_in_clear_audited_others_do_not() {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);
		long file = SpecialFixtures.createFile(api, resident, "03", MENTAL, false);
		String unmasked = "/api/special-populations/" + file + "/unmasked";

		Api.Response leader = api.get(unmasked, "leader.longtou");
		assertThat(leader.status()).isEqualTo(200);
		assertThat(leader.text("idNumber")).matches("610722\\d{11}[\\dX]");
		assertThat(leader.text("phone")).isEqualTo("13900001234");
		assertThat(leader.text("familyPhone")).isEqualTo("13812345678");
		assertThat(leader.field("fields").path("guardianPhone").asString()).isEqualTo("13912342345");
		assertThat(api.get(unmasked, "grid.liuyi").status()).as("the grid member is on the file's team").isEqualTo(200);

		assertThat(api.get(unmasked, "desk.longtou").status()).isEqualTo(403);
		assertThat(api.get(unmasked, "police.longtou").status()).isEqualTo(403);
		assertThat(api.get(unmasked, "grid.wuai").status()).isEqualTo(404);
		assertThat(api.get(unmasked, "desk.anguo").status())
			.isEqualTo(404);
		assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE record_type = 'special-population' AND record_id = :id "
				+ "AND action = 'UNMASK' ORDER BY actor").param("id", String.valueOf(file)).query(String.class).list())
			.containsExactly("grid.liuyi", "leader.longtou");
	}

	@Test
	void an_edit_that_leaves_the_masked_numbers_out_keeps_the_stored_ones() {
		long file = SpecialFixtures.createFile(api, SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI), "03",
				MENTAL, false);
		Map<String, Object> body = new java.util.HashMap<>(SpecialFixtures.fileBody(0L, "03",
				Map.of("diagnosis", "双相情感障碍", "dangerLevel", 1, "guardianName", "王桂兰"), false));
		body.put("team", Map.of("family", Map.of("name", "王桂兰")));

		Api.Response updated = api.put("/api/special-populations/" + file, body, "desk.longtou");

		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.field("fields").path("diagnosis").asString()).isEqualTo("双相情感障碍");
		Api.Response clear = api.get("/api/special-populations/" + file + "/unmasked", "leader.longtou");
		assertThat(clear.status()).isEqualTo(200);
		assertThat(clear.field("fields").path("guardianPhone").asString()).isEqualTo("13912342345");
		assertThat(clear.text("familyPhone")).isEqualTo("13812345678");
	}

	@Test
	void a_file_answers_what_the_caller_may_do_with_it_and_the_list_what_they_may_do_with_the_files() {
		long file = SpecialFixtures.createFile(api, SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI), "03",
				MENTAL, false);

		assertThat(actions("/api/special-populations/" + file, "leader.longtou")).contains("update", "record", "unmask");
		assertThat(actions("/api/special-populations/" + file, "desk.longtou")).contains("update").doesNotContain("unmask");
		assertThat(actions("/api/special-populations/actions", "desk.longtou")).containsExactly("create", "export");
		assertThat(actions("/api/special-populations/actions", "grid.liuyi")).isEmpty();
		assertThat(actions("/api/special-populations/actions", "admin")).contains("tables");
	}

	private List<String> actions(String path, String user) {
		Api.Response r = api.get(path, user);
		assertThat(r.status()).isEqualTo(200);
		return r.field("allowedActions").valueStream().map(a -> a.asString()).toList();
	}
}
