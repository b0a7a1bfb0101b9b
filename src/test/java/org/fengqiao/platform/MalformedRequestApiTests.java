package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.RawHttp.Answer;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Malformed requests, one kind each, as a careless or hostile client sends them: never a 500, always a problem. */
class MalformedRequestApiTests extends ApiTest {

	/** A valid intake: only the header is wrong. */
	private static final String INTAKE = """
			{"kind":"DISPUTE","category":"DISPUTE_HOUSING_HOMESTEAD","channel":"GRID_PATROL","title":"宅基地边界",
			 "description":"两户因宅基地边界发生争执","reporter":{"name":"张某","phone":"13912342345"},
			 "location":{"regionCode":"610722101213","gridCode":"61072210121300101","address":"六一村五组"}}
			""";

	private RawHttp http;

	@BeforeEach
	void raw() {
		http = new RawHttp(port);
	}

	@Test
	void bad_utf8_or_a_lone_surrogate_in_a_query_parameter_is_a_400_problem() {
		String token = api.token("admin");
		for (String target : List.of("/api/cases?q=%ED%A0%80", "/api/grids?region=%ED%A0%80", "/api/grids?page=%FF",
				"/api/audit?recordId=%C3", "/api/categories?kind=%ED%A0%80", "/api/grids/locate?lat=1&lng=1&crs=%FF%FE",
				"/api/staff?size=%E4%B8")) {
			Answer a = http.send("GET", target, RawHttp.bearer(token), (String) null);

			assertProblem(a, 400);
			assertThat(a.code()).as(target).isEqualTo("request.parameter-encoding");
			assertThat(a.json().path("detail").asString()).as(target).contains("UTF-8");
		}
	}

	@Test
	void the_encoding_problem_is_told_in_english_when_asked_for() {
		Map<String, String> headers = RawHttp.bearer(api.token("admin"));
		headers.put("Accept-Language", "en");

		Answer a = http.send("GET", "/api/cases?q=%ED%A0%80", headers, (String) null);

		assertProblem(a, 400);
		assertThat(a.json().path("detail").asString()).startsWith("A query parameter is not valid UTF-8");
	}

	@Test
	void multipart_without_a_boundary_on_a_json_write_is_a_4xx_problem() {
		Map<String, String> headers = RawHttp.bearer(api.token("admin"));
		headers.put("Content-Type", "multipart/form-data");
		for (String[] write : List.of(new String[] { "POST", "/api/grids" }, new String[] { "POST", "/api/cases" },
				new String[] { "PUT", "/api/grids/610722101213001" }, new String[] { "POST", "/api/auth/password" },
				new String[] { "POST", "/api/files" }, new String[] { "POST", "/api/imports/divisions" })) {
			Answer a = http.send(write[0], write[1], headers, "{}");

			assertProblem(a, -1);
			assertThat(a.status()).as(write[1]).isIn(400, 415);
		}
	}

	@Test
	void an_idempotency_key_that_is_not_ascii_is_a_400_problem() {
		Map<String, byte[]> headers = new LinkedHashMap<>();
		headers.put("Authorization", ("Bearer " + api.token("desk.longtou")).getBytes(StandardCharsets.US_ASCII));
		headers.put("Content-Type", "application/json".getBytes(StandardCharsets.US_ASCII));
		headers.put("Idempotency-Key", "重复键-1".getBytes(StandardCharsets.UTF_8));
		byte[] body = INTAKE.getBytes(StandardCharsets.UTF_8);

		Answer a = http.send("POST", "/api/cases", headers, body);

		assertProblem(a, 400);
		assertThat(a.code()).isEqualTo("request.rejected");
	}

	@Test
	void a_non_ascii_authorization_or_accept_language_header_is_a_4xx_problem_in_chinese() {
		Map<String, byte[]> authorization = new LinkedHashMap<>();
		authorization.put("Authorization", "Bearer 令牌".getBytes(StandardCharsets.UTF_8));
		Map<String, byte[]> language = new LinkedHashMap<>();
		language.put("Authorization", ("Bearer " + api.token("admin")).getBytes(StandardCharsets.US_ASCII));
		language.put("Accept-Language", "中文".getBytes(StandardCharsets.UTF_8));

		Answer badToken = http.send("GET", "/api/regions/610722101000", authorization, null);
		Answer badLanguage = http.send("GET", "/api/grids?region=%ED%A0%80", language, null);

		assertProblem(badToken, 400);
		assertProblem(badLanguage, 400);
		assertThat(badLanguage.json().path("title").asString()).isEqualTo("请求有误");
	}

	@Test
	void a_client_that_accepts_only_html_still_gets_the_problem() {
		Map<String, String> headers = RawHttp.bearer(api.token("admin"));
		headers.put("Accept", "text/html");

		Answer badParameter = http.send("GET", "/api/cases?q=%ED%A0%80", headers, (String) null);
		Answer badPath = http.send("GET", "/api/regions/61%2F07", headers, (String) null);
		Answer unknown = http.send("GET", "/api/no-such-thing", headers, (String) null);

		assertProblem(badParameter, 400);
		assertProblem(badPath, 400);
		assertProblem(unknown, -1);
	}

	@Test
	void an_unknown_import_kind_is_a_404_and_a_body_that_is_not_multipart_a_415() {
		String token = api.token("admin");
		Map<String, String> multipart = RawHttp.bearer(token);
		multipart.put("Content-Type", "multipart/form-data; boundary=xyz");
		String part = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
				+ "code,name\r\n\r\n--xyz--\r\n";
		Map<String, String> json = RawHttp.bearer(token);
		json.put("Content-Type", "application/json");

		Answer unknown = http.send("POST", "/api/imports/no-such-kind", multipart, part);
		Answer notMultipart = http.send("POST", "/api/imports/divisions", json, "{}");
		Answer noBody = http.send("POST", "/api/imports/divisions", RawHttp.bearer(token), (String) null);

		assertProblem(unknown, 404);
		assertThat(unknown.code()).isEqualTo("import.kind-unknown");
		assertProblem(notMultipart, 415);
		assertThat(notMultipart.code()).isEqualTo("file.multipart-required");
		assertProblem(noBody, 415);
	}

	@Test
	void a_nul_in_an_upload_file_name_or_an_unterminated_multipart_body_is_a_400_problem() {
		Map<String, String> headers = RawHttp.bearer(api.token("desk.longtou"));
		headers.put("Content-Type", "multipart/form-data; boundary=xyz");
		String nulName = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n\u00ff\u00d8\u00ff\u00e0data\r\n--xyz--\r\n";
		String unterminated = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\nsome bytes and no closing boundary";

		Answer nul = http.send("POST", "/api/files", headers, nulName);
		Answer cut = http.send("POST", "/api/files", headers, unterminated);

		assertProblem(nul, 400);
		assertProblem(cut, 400);
		assertThat(cut.code()).isEqualTo("request.multipart-malformed");
	}

	@Test
	void paths_the_server_refuses_before_the_application_are_answered_as_problems() {
		String token = api.token("admin");
		for (String target : List.of("/api/regions/61%2F07", "/api/regions/61%5C07", "/api/regions/61;x=1",
				"/api/regions/61%00", "/api/regions/../users", "/api/regions/%2e%2e/users", "/api/regions/%25",
				"/api/regions/61%3B1", "/api//regions", "/api/regions/%ZZ", "/api/regions/61%0A07")) {
			Answer a = http.send("GET", target, RawHttp.bearer(token), (String) null);

			assertProblem(a, -1);
			assertThat(a.body()).as(target).doesNotContain("<html").doesNotContain("timestamp");
		}
	}

	@Test
	void characters_a_request_target_may_not_hold_or_an_oversized_header_are_answered_as_problems() {
		String token = api.token("admin");
		for (String target : List.of("/api/regions/a{b}", "/api/regions/a|b", "/api/regions/a\\b", "/api/regions/a<b>",
				"/api/regions/a\"b")) {
			Answer a = http.send("GET", target, RawHttp.bearer(token), (String) null);

			assertProblem(a, -1);
		}
		Map<String, String> huge = RawHttp.bearer(token);
		huge.put("X-Padding", "x".repeat(20_000));
		assertProblem(http.send("GET", "/api/regions/610722101000", huge, (String) null), -1);
	}

	@Test
	void the_error_page_itself_answers_problem_json() {
		Answer a = http.send("GET", "/error", Map.of(), (String) null);

		assertThat(a.status()).isBetween(400, 499);
		assertThat(a.contentType()).startsWith("application/problem+json");
		assertThat(a.code()).isNotBlank();
		assertThat(a.body()).doesNotContain("timestamp");
	}

	/** A problem+json answer with a code: of the given status, or of any 4xx when status is -1. */
	static void assertProblem(Answer a, int status) {
		if (status > 0) {
			assertThat(a.status()).as(a.toString()).isEqualTo(status);
		} else {
			assertThat(a.status()).as(a.toString()).isBetween(400, 499);
		}
		assertThat(a.contentType()).as(a.toString()).startsWith("application/problem+json");
		assertThat(a.code()).as(a.toString()).isNotBlank();
		assertThat(a.json().path("title").asString()).as(a.toString()).isNotBlank();
		assertThat(a.json().path("detail").asString()).as(a.toString()).isNotBlank();
		assertThat(a.json().path("status").asInt()).as(a.toString()).isEqualTo(a.status());
	}
}
