package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

class ErrorApiTests extends ApiTest {

	@Test
	void malformed_json_is_a_400_problem_in_chinese() {
		Response r = api.raw("POST", "/api/grids", "{\"code\": ", "application/json", api.token("desk.longtou"), Map.of());

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.text("code")).isEqualTo("request.malformed");
		assertThat(r.text("detail")).isEqualTo("请求内容不是有效的 JSON。");
		assertThat(r.raw()).doesNotContain("Exception").doesNotContain("jackson");
	}

	@Test
	void a_value_of_the_wrong_type_names_its_field() {
		Response r = api.raw("POST", "/api/grids",
				"{\"code\":\"610722101213950\",\"name\":\"x\",\"level\":\"one\",\"regionCode\":\"610722101213\"}",
				"application/json", api.token("desk.longtou"), Map.of());

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.array("errors").get(0).path("field").asString()).isEqualTo("level");
	}

	@Test
	void missing_required_fields_are_listed_one_by_one() {
		Response r = api.post("/api/grids", Map.of("level", 1), "desk.longtou");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.array("errors").valueStream().map(e -> e.path("field").asString()))
			.contains("code", "name", "regionCode");
		assertThat(r.array("errors").get(0).path("message").asString()).isNotBlank();
	}

	@Test
	void an_oversized_or_negative_page_is_a_400() {
		Response big = api.get("/api/grids?size=201", "admin");
		Response negative = api.get("/api/grids?page=-1", "admin");
		Response notANumber = api.get("/api/grids?size=lots", "admin");

		assertThat(big.status()).isEqualTo(400);
		assertThat(big.array("errors").get(0).path("field").asString()).isEqualTo("size");
		assertThat(negative.status()).isEqualTo(400);
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(api.get("/api/grids?size=200", "admin").status()).isEqualTo(200);
	}

	@Test
	void english_is_answered_when_asked_for() {
		Response r = api.raw("GET", "/api/regions/999999999999", null, null, api.token("admin"),
				Map.of("Accept-Language", "en-US,en;q=0.9"));

		assertThat(r.status()).isEqualTo(404);
		assertThat(r.text("detail")).startsWith("Region 999999999999 does not exist");
		assertThat(r.text("title")).isEqualTo("Not found");
	}

	@Test
	void an_unknown_path_or_wrong_method_is_a_problem_not_a_500() {
		Response unknown = api.get("/api/no-such-thing", "admin");
		Response method = api.send("PATCH", "/api/regions/610722101000", Map.of(), api.token("admin"), null);
		Response media = api.raw("POST", "/api/grids", "code=1", "text/plain", api.token("admin"), Map.of());

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(method.status()).isEqualTo(405);
		assertThat(media.status()).isEqualTo(415);
	}

	@Test
	void health_docs_and_system_info_are_public() {
		assertThat(api.get("/actuator/health", null).expect(200).text("status")).isEqualTo("UP");
		assertThat(api.get("/v3/api-docs", null).expect(200).field("paths").has("/api/grids/locate")).isTrue();
		assertThat(api.get("/swagger-ui/index.html", null).status()).isEqualTo(200);
		Response info = api.get("/api/system/info", null).expect(200);
		assertThat(info.field("demo").asBoolean()).isTrue();
	}
}
