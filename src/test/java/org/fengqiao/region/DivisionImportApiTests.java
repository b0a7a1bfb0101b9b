package org.fengqiao.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class DivisionImportApiTests extends ApiTest {

	private static final List<String> FILES = List.of("provinces.csv", "cities.csv", "areas.csv", "streets.csv.gz",
			"villages.csv.gz");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Regions regions;

	@Test
	void the_nbs_files_import_with_duplicated_cities_folded_into_one_region() throws Exception {
		importAll();

		Response dongguan = api.get("/api/regions/441900000000", "admin").expect(200);
		assertThat(dongguan.text("level")).isEqualTo("CITY");
		assertThat(dongguan.text("parentCode")).isEqualTo("440000000000");
		JsonNode towns = api.get("/api/regions/441900000000/children", "admin").expect(200).body();
		assertThat(towns.valueStream().map(t -> t.path("code").asString())).containsExactly("441900003000",
				"441900004000");
		assertThat(towns.get(0).path("level").asString()).isEqualTo("TOWN");

		Response kinmen = api.get("/api/regions/350527000000", "admin").expect(200);
		assertThat(kinmen.text("level")).isEqualTo("COUNTY");
		assertThat(kinmen.text("parentCode")).isEqualTo("350500000000");
		assertThat(api.get("/api/regions/350527000000/children", "admin").expect(200).body().size()).isZero();

		JsonNode community = api.get("/api/regions/441900003001", "admin").expect(200).body();
		assertThat(community.path("kind").asString()).isEqualTo("COMMUNITY");
		assertThat(community.path("parentCode").asString()).isEqualTo("441900003000");
	}

	@Test
	void importing_the_same_files_again_changes_nothing() throws Exception {
		importAll();
		long before = regionCount();
		String updatedAt = lastUpdate();

		importAll();

		assertThat(regionCount()).isEqualTo(before);
		assertThat(lastUpdate()).isEqualTo(updatedAt);
	}

	@Test
	void bad_rows_are_rejected_with_their_line_and_reason_and_good_rows_kept() throws Exception {
		String csv = """
				code,name,cityCode,provinceCode
				350599,"测试县",3505,35
				35059,"五位代码",3505,35
				440199,"上级不符",3505,35
				""";
		JsonNode job = upload("bad-areas.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(job.path("total").asLong()).isEqualTo(3);
		assertThat(job.path("accepted").asLong()).isEqualTo(1);
		assertThat(job.path("rejected").asLong()).isEqualTo(2);
		assertThat(job.path("rejections").get(0).asString()).startsWith("第 3 行");
		assertThat(api.get("/api/regions/350599000000", "admin").expect(200).text("name")).isEqualTo("测试县");
	}

	@Test
	void a_division_renamed_by_an_import_is_read_by_its_new_name_at_once() throws Exception {
		upload("rename-1.csv", "code,name,cityCode,provinceCode\n350598,\"改名前县\",3505,35\n"
			.getBytes(StandardCharsets.UTF_8));
		assertThat(regions.find("350598000000")).map(Region::name).contains("改名前县"); // now remembered

		upload("rename-2.csv", "code,name,cityCode,provinceCode\n350598,\"改名后县\",3505,35\n"
			.getBytes(StandardCharsets.UTF_8));

		assertThat(regions.find("350598000000")).map(Region::name).contains("改名后县");
	}

	@Test
	void only_administrators_import_and_only_csv_files() {
		Response desk = api.upload("/api/imports/divisions", "areas.csv", "code,name\n".getBytes(), "desk.longtou");
		Response xlsx = api.upload("/api/imports/divisions", "areas.xlsx", new byte[] { 1, 2, 3 }, "admin");
		Response unknown = api.upload("/api/imports/spaceships", "a.csv", new byte[] { 1 }, "admin");

		assertThat(desk.status()).isEqualTo(403);
		assertThat(xlsx.status()).isEqualTo(400);
		assertThat(xlsx.array("errors").get(0).path("field").asString()).isEqualTo("file");
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void a_file_that_is_not_a_division_table_fails_the_job_with_a_reason() throws Exception {
		JsonNode job = upload("junk.csv", "foo,bar\n1,2\n".getBytes(StandardCharsets.UTF_8));

		assertThat(job.path("status").asString()).isEqualTo("FAILED");
		assertThat(job.path("error").asString()).contains("code");
	}

	private void importAll() throws IOException, InterruptedException {
		for (String file : FILES) {
			try (InputStream in = getClass().getResourceAsStream("/divisions-sample/" + file)) {
				JsonNode job = upload(file, in.readAllBytes());
				assertThat(job.path("status").asString()).as(file).isEqualTo("SUCCEEDED");
				assertThat(job.path("rejected").asLong()).as(file).isZero();
				assertThat(job.path("processed").asLong()).isEqualTo(job.path("total").asLong());
			}
		}
	}

	/** Uploads a file and waits (bounded) for its job to finish. */
	private JsonNode upload(String name, byte[] content) throws InterruptedException {
		Response started = api.upload("/api/imports/divisions", name, content, "admin");
		assertThat(started.status()).isEqualTo(202);
		String id = started.text("id");
		for (int i = 0; i < 600; i++) {
			JsonNode job = api.get("/api/imports/" + id, "admin").expect(200).body();
			String status = job.path("status").asString();
			if (status.equals("SUCCEEDED") || status.equals("FAILED")) {
				return job;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("import job " + id + " did not finish within 30 s");
	}

	private long regionCount() {
		return jdbc.sql("SELECT count(*) FROM regions").query(Long.class).single();
	}

	private String lastUpdate() {
		return jdbc.sql("SELECT max(updated_at)::text FROM regions").query(String.class).single();
	}
}
