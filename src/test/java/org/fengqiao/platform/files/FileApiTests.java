package org.fengqiao.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;

import org.fengqiao.support.Api.Download;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

class FileApiTests extends ApiTest {

	private static final int MB = 1024 * 1024;

	@Autowired
	JdbcClient jdbc;

	@Value("${fengqiao.data-dir}")
	Path dataDir;

	@Test
	void a_grid_member_uploads_a_photo_and_gets_it_back_byte_for_byte_with_its_chinese_name() {
		byte[] png = TestFiles.png();

		Response uploaded = api.upload("/api/files", "六一村现场照片.png", "image/png", png, "grid.liuyi");

		assertThat(uploaded.status()).isEqualTo(201);
		assertThat(uploaded.text("name")).isEqualTo("六一村现场照片.png");
		assertThat(uploaded.text("contentType")).isEqualTo("image/png");
		assertThat(uploaded.field("size").asLong()).isEqualTo(png.length);
		Download download = api.download("/api/files/" + uploaded.text("id"), "grid.liuyi");
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.bytes()).isEqualTo(png);
		assertThat(download.header("Content-Type")).isEqualTo("image/png");
		assertThat(download.header("Content-Length")).isEqualTo(String.valueOf(png.length));
		assertThat(download.header("Content-Disposition")).startsWith("attachment;").endsWith(
				"; filename*=UTF-8''%E5%85%AD%E4%B8%80%E6%9D%91%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png");
	}

	@Test
	void the_bytes_are_kept_under_the_month_of_upload_with_their_size_and_sha256() throws Exception {
		byte[] png = TestFiles.png();
		String id = upload("photo.png", png, "grid.liuyi");

		Map<String, Object> row = jdbc
			.sql("SELECT storage_key, size, sha256, uploaded_by FROM stored_files WHERE id = ?::uuid")
			.param(id).query().singleRow();

		assertThat(row.get("storage_key")).isEqualTo("2026/03/" + id);
		assertThat(row.get("size")).isEqualTo((long) png.length);
		assertThat((byte[]) row.get("sha256")).isEqualTo(MessageDigest.getInstance("SHA-256").digest(png));
		assertThat(row.get("uploaded_by")).isEqualTo("grid.liuyi");
		assertThat(Files.readAllBytes(dataDir.resolve("files/2026/03/" + id))).isEqualTo(png);
	}

	@Test
	void every_upload_is_audited() {
		String id = upload("photo.png", TestFiles.png(), "grid.liuyi");

		JsonNode audit = api.get("/api/audit?recordType=file&recordId=" + id, "admin").expect(200).body();

		assertThat(audit.path("items").valueStream().map(e -> e.path("action").asString() + " " + e.path("actor").asString()))
			.containsExactly("FILE_UPLOAD grid.liuyi");
	}

	@Test
	void a_grid_member_of_another_village_gets_404_for_it() {
		String id = upload("photo.png", TestFiles.png(), "grid.liuyi");

		Download download = api.download("/api/files/" + id, "grid.wuai");

		assertThat(download.status()).isEqualTo(404);
		assertThat(download.problem().path("code").asString()).isEqualTo("file.not-found");
	}

	@Test
	void an_unattached_file_of_someone_else_is_404_even_for_the_town_desk_of_its_uploader() {
		String id = upload("photo.png", TestFiles.png(), "grid.liuyi");

		assertThat(api.download("/api/files/" + id, "desk.longtou").status()).isEqualTo(404);
		assertThat(api.download("/api/files/" + id, "cadre.liuyi").status()).isEqualTo(404);
	}

	@Test
	void an_unknown_id_is_404_and_a_malformed_one_400() {
		assertThat(api.download("/api/files/6f1c1f0e-0000-4000-8000-000000000000", "grid.liuyi").status()).isEqualTo(404);
		Download malformed = api.download("/api/files/not-a-uuid", "grid.liuyi");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.problem().path("errors").get(0).path("field").asString()).isEqualTo("id");
	}

	@Test
	void an_administrator_may_read_anyones_file_and_that_read_is_audited() {
		String id = upload("photo.png", TestFiles.png(), "grid.liuyi");

		assertThat(api.download("/api/files/" + id, "admin").status()).isEqualTo(200);

		JsonNode audit = api.get("/api/audit?recordType=file&recordId=" + id, "admin").expect(200).body();
		assertThat(audit.path("items").valueStream().map(e -> e.path("action").asString() + " " + e.path("actor").asString()))
			.containsExactly("FILE_READ admin", "FILE_UPLOAD grid.liuyi");
	}

	@Test
	void an_executable_is_refused() {
		Response r = api.upload("/api/files", "setup.exe", "application/x-msdownload", new byte[] { 'M', 'Z', 0, 0 },
				"grid.liuyi");

		assertThat(r.status()).isEqualTo(415);
		assertThat(r.text("code")).isEqualTo("file.type-not-allowed");
	}

	@Test
	void a_declared_content_type_that_contradicts_the_extension_is_refused() {
		Response r = api.upload("/api/files", "photo.png", "text/html", TestFiles.png(), "grid.liuyi");

		assertThat(r.status()).isEqualTo(415);
		assertThat(r.text("code")).isEqualTo("file.type-not-allowed");
	}

	@Test
	void a_jpg_that_is_really_a_pdf_is_refused() {
		Response r = api.upload("/api/files", "photo.jpg", "image/jpeg", TestFiles.pdf(), "grid.liuyi");

		assertThat(r.status()).isEqualTo(415);
		assertThat(r.text("code")).isEqualTo("file.content-mismatch");
	}

	@Test
	void a_pdf_report_and_a_voice_recording_without_declared_type_are_accepted_with_their_types() {
		Response pdf = api.upload("/api/files", "调解协议书.PDF", "application/pdf", TestFiles.pdf(), "cadre.liuyi");
		Response voice = api.upload("/api/files", "录音.amr", null, "#!AMR\n....".getBytes(), "cadre.liuyi");

		assertThat(pdf.status()).isEqualTo(201);
		assertThat(pdf.text("contentType")).isEqualTo("application/pdf");
		assertThat(voice.status()).isEqualTo(201);
		assertThat(voice.text("contentType")).isEqualTo("audio/amr");
	}

	@Test
	void a_file_over_20_mb_is_refused_with_413() {
		Response r = api.upload("/api/files", "big.png", "image/png", TestFiles.pngOfSize(20 * MB + 1), "grid.liuyi");

		assertThat(r.status()).isEqualTo(413);
		assertThat(r.text("code")).isEqualTo("file.too-large");
		assertThat(r.text("detail")).isEqualTo("文件不能超过 20 MB。");
	}

	@Test
	void a_file_of_exactly_20_mb_is_accepted() {
		Response r = api.upload("/api/files", "big.png", "image/png", TestFiles.pngOfSize(20 * MB), "grid.liuyi");

		assertThat(r.status()).isEqualTo(201);
		assertThat(r.field("size").asLong()).isEqualTo(20 * MB);
	}

	@Test
	void an_empty_file_is_a_400_on_the_file_part() {
		Response r = api.upload("/api/files", "empty.txt", "text/plain", new byte[0], "grid.liuyi");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.array("errors").get(0).path("field").asString()).isEqualTo("file");
	}

	@Test
	void a_county_viewer_cannot_upload() {
		Response r = api.upload("/api/files", "photo.png", "image/png", TestFiles.png(), "county.chenggu");

		assertThat(r.status()).isEqualTo(403);
		assertThat(r.text("code")).isEqualTo("file.forbidden");
	}

	@Test
	void the_path_of_a_windows_file_name_is_dropped() {
		Response r = api.upload("/api/files", "C:\\\\Users\\\\zeng\\\\..\\\\照片.png", "image/png", TestFiles.png(),
				"grid.liuyi");

		assertThat(r.status()).isEqualTo(201);
		assertThat(r.text("name")).isEqualTo("照片.png");
	}

	@Test
	void a_json_body_is_refused_with_a_hint_to_send_multipart() {
		Response r = api.post("/api/files", Map.of("file", "x"), "grid.liuyi");

		assertThat(r.status()).isEqualTo(415);
		assertThat(r.text("code")).isEqualTo("file.multipart-required");
	}

	private String upload(String name, byte[] content, String user) {
		Response r = api.upload("/api/files", name, null, content, user);
		assertThat(r.status()).as(r.raw()).isEqualTo(201);
		return r.text("id");
	}
}
