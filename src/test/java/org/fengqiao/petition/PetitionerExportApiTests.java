package org.fengqiao.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fengqiao.people.special.SpecialFixtures;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.support.Api;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The petitioner register's Excel twin: the list's filters, masked, audited, for center leaders only. */
class PetitionerExportApiTests extends ApiTest {

	static final String LIUYI = "610722101213";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	private long petitioner(String name, String grade, Long resident) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("regionCode", LIUYI, "name", name, "grade", grade,
				"responsiblePerson", "张副镇长", "informant", "曾小明"));
		if (resident != null) {
			body.put("residentId", resident);
		}
		return api.post("/api/petitioners", body, "desk.longtou").expect(201).field("id").asLong();
	}

	private static List<Row> rows(Api.Download export) throws Exception {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(export.bytes()))) {
			return wb.getFirstSheet().read();
		}
	}

	@Test
	void the_leaders_export_opened_with_fastexcel_lists_the_filtered_register_with_numbers_masked_and_is_audited()
			throws Exception {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);
		String idNumber = api.get("/api/residents/" + resident + "/unmasked", "leader.longtou").expect(200).text("idNumber");
		petitioner("导出红色人", "RED", resident);
		petitioner("导出绿色人", "GREEN", null);

		Api.Download export = api.download("/api/petitioners/export.xlsx?region=" + LIUYI + "&grade=RED", "leader.longtou");

		assertThat(export.status()).isEqualTo(200);
		assertThat(export.header("Content-Type")).startsWith("application/vnd.openxmlformats");
		List<Row> rows = rows(export);
		assertThat(rows.get(0).getCellText(1)).isEqualTo("姓名");
		Row red = rows.stream().filter(r -> "导出红色人".equals(r.getCellText(1))).findFirst().orElseThrow();
		assertThat(red.getCellText(2)).isEqualTo("红");
		assertThat(red.getCellText(3)).isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
		assertThat(red.getCellText(4)).isEqualTo("139****1234");
		assertThat(red.getCellText(6)).isEqualTo("张副镇长");
		assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
			assertThat(r.getCellText(0)).startsWith(LIUYI);
			assertThat(r.getCellText(2)).isEqualTo("红");
			assertThat(r.stream().map(c -> c == null ? "" : c.getText())).noneMatch(t -> t.contains(idNumber));
		});
		assertThat(rows).noneMatch(r -> "导出绿色人".equals(r.getCellText(1)));
		assertThat(api.get("/api/audit?recordType=petitioner&recordId=export&actor=leader.longtou", "admin").expect(200)
			.raw()).contains("EXPORT");
	}

	@Test
	void only_center_leaders_may_export_the_register_the_petition_office_reads_it_but_does_not_export() {
		assertThat(api.get("/api/petitioners", "petition.longtou").status()).isEqualTo(200);
		assertThat(api.download("/api/petitioners/export.xlsx", "petition.longtou").status()).isEqualTo(403);
		assertThat(api.download("/api/petitioners/export.xlsx", "desk.longtou").status()).isEqualTo(403);
		assertThat(api.download("/api/petitioners/export.xlsx", "police.longtou").status()).isEqualTo(403);
		assertThat(api.download("/api/petitioners/export.xlsx", "county.chenggu").status()).isEqualTo(403);
		assertThat(api.download("/api/petitioners/export.xlsx?region=61x", "leader.longtou").status()).isEqualTo(400);
		assertThat(api.get("/api/audit?recordType=petitioner&recordId=export&actor=petition.longtou", "admin")
			.expect(200).raw()).doesNotContain("EXPORT");

		assertThat(api.get("/api/petitioners/actions", "leader.longtou").expect(200).array("allowedActions")
			.valueStream().map(n -> n.asString())).containsExactly("create", "export");
		assertThat(api.get("/api/petitioners/actions", "petition.longtou").expect(200).array("allowedActions")
			.valueStream().map(n -> n.asString())).containsExactly("create");
		assertThat(api.get("/api/petitioners/actions", "grid.liuyi").expect(200).array("allowedActions")
			.valueStream().map(n -> n.asString())).isEmpty();
	}
}
