package org.fengqiao.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.people.PeopleFixtures.LIUYI;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fengqiao.support.Api;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The register import and the exports, with the same library a town's Excel files are read with. */
class ResidentImportApiTests extends ApiTest {

	private static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");

	@Test
	void ten_thousand_rows_with_one_percent_bad_keep_every_good_row_return_every_bad_one_and_import_again_unchanged()
			throws Exception {
		String grid = microGrid(1);
		long before = residentsIn(grid);
		RegisterWorkbooks.Generated sheet = RegisterWorkbooks.generate(10_000, 1, LIUYI, grid, true);

		JsonNode first = importAndWait(sheet.bytes(), "desk.longtou");

		assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("SUCCEEDED");
		assertThat(first.path("total").asLong()).isEqualTo(10_000);
		assertThat(first.path("rejected").asLong()).isEqualTo(sheet.bad().size()).isEqualTo(100);
		assertThat(first.path("accepted").asLong()).isEqualTo(9_900);
		assertThat(residentsIn(grid)).isEqualTo(before + 9_900);
		JsonNode households = api.get("/api/households?grid=" + grid + "&size=100", "desk.longtou").expect(200)
			.array("items");
		assertThat(households).filteredOn(h -> h.path("members").asInt() == 3).as("whole households")
			.hasSizeGreaterThan(50).allSatisfy(h -> assertThat(h.path("headName").asText("")).as(h.toString()).isNotEmpty());

		Map<Integer, String> reasons = errorRows(first.path("errorWorkbook").asText(), "desk.longtou");
		assertThat(reasons.keySet()).isEqualTo(sheet.bad().keySet());
		sheet.bad().forEach((line, reason) -> assertThat(reasons.get(line)).as("line %d", line).contains(reason));
		assertThat(api.download(first.path("errorWorkbook").asText(), "leader.longtou").status()).isEqualTo(404);

		long someone = api.get("/api/residents?grid=" + grid + "&idNumber=" + RegisterWorkbooks.idNumber(1, 1),
				"desk.longtou").expect(200).array("items").get(0).path("id").asLong();
		int version = api.get("/api/residents/" + someone, "desk.longtou").expect(200).field("version").asInt();
		int gridHouseholds = api.get("/api/grids/" + grid, "desk.longtou").expect(200).field("households").asInt();

		JsonNode second = importAndWait(sheet.bytes(), "desk.longtou");

		assertThat(second.path("status").asText()).isEqualTo("SUCCEEDED");
		assertThat(second.path("accepted").asLong()).isEqualTo(9_900);
		assertThat(residentsIn(grid)).isEqualTo(before + 9_900);
		assertThat(api.get("/api/residents/" + someone, "desk.longtou").expect(200).field("version").asInt())
			.isEqualTo(version);
		assertThat(api.get("/api/residents/" + someone + "/history", "desk.longtou").expect(200).body().size())
			.isEqualTo(1);
		assertThat(api.get("/api/grids/" + grid, "desk.longtou").expect(200).field("households").asInt())
			.isEqualTo(gridHouseholds);
	}

	@Test
	void the_export_opened_with_the_same_library_shows_every_row_with_masked_numbers_and_is_for_holders_only()
			throws Exception {
		String grid = microGrid(2);
		RegisterWorkbooks.Generated sheet = RegisterWorkbooks.generate(300, 2, LIUYI, grid, false);
		assertThat(importAndWait(sheet.bytes(), "leader.longtou").path("accepted").asLong()).isEqualTo(300);
		long expected = residentsIn(grid);

		Api.Download export = api.download("/api/residents/export.xlsx?grid=" + grid, "desk.longtou");

		assertThat(export.status()).isEqualTo(200);
		List<Row> rows = rows(export.bytes());
		assertThat(rows).hasSize((int) expected + 1);
		assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
			assertThat(r.getCellText(4)).matches(MASKED_ID);
			assertThat(r.getCellText(8)).matches("(1\\d{2}\\*{4}\\d{4})?"); // children have no phone
		});
		assertThat(new String(export.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(RegisterWorkbooks.idNumber(2, 7));
		assertThat(api.download("/api/residents/export.xlsx?grid=" + grid, "grid.liuyi").status()).isEqualTo(403);
		assertThat(api.download("/api/households/export.xlsx?grid=" + grid, "leader.longtou").status()).isEqualTo(200);
		assertThat(api.get("/api/audit?recordType=resident&recordId=export", "admin").expect(200).raw())
			.contains("RESIDENT_EXPORT");
	}

	@Test
	void the_template_has_the_header_a_sample_row_that_imports_and_the_code_lists() throws Exception {
		Api.Download template = api.download("/api/residents/template.xlsx", "desk.longtou");

		assertThat(template.status()).isEqualTo(200);
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template.bytes()))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(0)).isEqualTo(RegisterWorkbooks.HEADERS.get(0));
			assertThat(rows.get(0).getCellText(13)).isEqualTo(RegisterWorkbooks.HEADERS.get(13));
			assertThat(rows).hasSize(2);
			assertThat(wb.getSheets().map(s -> s.getName()).toList()).contains("人口类型", "与户主关系", "民族",
					"村（社区）与网格");
		}
		assertThat(api.download("/api/residents/template.xlsx", "county.chenggu").status()).isEqualTo(403);
	}

	/** The n-th micro-grid of 六一村 from the end: each test fills its own. */
	private String microGrid(int fromTheEnd) {
		JsonNode items = api.get("/api/grids?region=" + LIUYI + "&level=2&size=200", "desk.longtou").expect(200)
			.array("items");
		return items.get(items.size() - fromTheEnd).path("code").asText();
	}

	private long residentsIn(String grid) {
		return api.get("/api/residents?grid=" + grid + "&size=1", "desk.longtou").expect(200).field("total").asLong();
	}

	JsonNode importAndWait(byte[] bytes, String user) throws InterruptedException {
		Response started = api.upload("/api/imports/residents", "register.xlsx", bytes, user);
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		String id = started.text("id");
		for (int i = 0; i < 1200; i++) {
			JsonNode job = api.get("/api/imports/" + id, user).expect(200).body();
			String status = job.path("status").asText();
			if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import " + id + " did not finish in 60 s");
	}

	private Map<Integer, String> errorRows(String link, String user) throws IOException {
		Api.Download download = api.download(link, user);
		assertThat(download.status()).isEqualTo(200);
		Map<Integer, String> reasons = new TreeMap<>();
		List<Row> rows = rows(download.bytes());
		for (Row r : rows.subList(1, rows.size())) {
			reasons.put(r.getCellAsNumber(15).orElseThrow().intValue(), r.getCellText(14));
		}
		return reasons;
	}

	private static List<Row> rows(byte[] xlsx) throws IOException {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return wb.getFirstSheet().read();
		}
	}
}
