package org.fengqiao.people.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.fengqiao.people.RegisterWorkbooks;
import org.fengqiao.support.Api;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** An import's error workbook holds full rows: it is there for 7 days, then the sweep deletes file and record. */
class ErrorWorkbookSweepApiTests extends ApiTest {

	private static final String LIUYI = "610722101213";

	@Autowired
	ErrorWorkbooks workbooks;

	@Test
	void the_error_workbook_is_still_downloadable_after_six_days_and_gone_with_its_file_after_seven() throws Exception {
		JsonNode job = importWithBadRows();
		String link = job.path("errorWorkbook").asText();
		UUID id = UUID.fromString(job.path("id").asText());
		Path file = workbooks.file(id);
		assertThat(api.download(link, "desk.longtou").status()).isEqualTo(200);

		advance(Duration.ofDays(6));
		workbooks.sweep();

		assertThat(api.download(link, "desk.longtou").status()).isEqualTo(200);
		assertThat(file).exists();

		advance(Duration.ofDays(1).plusMinutes(1));
		workbooks.sweep();

		Api.Download gone = api.download(link, "desk.longtou");
		assertThat(gone.status()).isEqualTo(404);
		assertThat(gone.problem().path("code").asString()).isEqualTo("people.error-workbook-not-found");
		assertThat(Files.exists(file)).as("the workbook's file is deleted").isFalse();
		assertThat(workbooks.exists(id)).as("its record is deleted").isFalse();
	}

	/** A small register of 六一村 with a few bad rows, imported by the desk; the finished job. */
	private JsonNode importWithBadRows() throws Exception {
		JsonNode grids = api.get("/api/grids?region=" + LIUYI + "&level=2&size=200", "desk.longtou").expect(200)
			.array("items");
		String grid = grids.get(grids.size() - 3).path("code").asText();
		RegisterWorkbooks.Generated sheet = RegisterWorkbooks.generate(200, 3, LIUYI, grid, true);
		Api.Response started = api.upload("/api/imports/residents", "register.xlsx", sheet.bytes(), "desk.longtou");
		assertThat(started.status()).as(started.raw()).isEqualTo(202);
		String id = started.text("id");
		for (int i = 0; i < 1200; i++) {
			JsonNode job = api.get("/api/imports/" + id, "desk.longtou").expect(200).body();
			if (job.path("status").asText().equals("SUCCEEDED")) {
				assertThat(job.path("rejected").asLong()).isEqualTo(sheet.bad().size()).isPositive();
				return ((tools.jackson.databind.node.ObjectNode) job).put("id", id);
			}
			assertThat(job.path("status").asText()).isNotEqualTo("FAILED");
			Thread.sleep(50); // polls the job's visible status, as ResidentImportApiTests does
		}
		throw new AssertionError("import " + id + " did not finish in 60 s");
	}
}
