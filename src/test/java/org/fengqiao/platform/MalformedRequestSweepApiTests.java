package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fengqiao.platform.RawHttp.Answer;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * Every operation the application documents in {@code /v3/api-docs}, sent each malformed kind that applies to it,
 * as a logged-in administrator: the answer is always a problem+json 4xx with a code, never a 500, never HTML.
 * Only paths, methods, parameters and request-body media types are read from the document.
 */
class MalformedRequestSweepApiTests extends ApiTest {

	private static final List<String> BAD_TEXT = List.of("%ED%A0%80", "%FF%FE", "%C3");

	private static final List<String> BAD_SEGMENTS = List.of("a%2Fb", "a%5Cb", "a;b=1", "a%00", "%2e%2e", "a%ZZ");

	private final List<String> failures = new ArrayList<>();

	private int sent;

	@Test
	void no_documented_operation_answers_malformed_input_with_a_500_or_anything_but_a_problem() {
		Response docs = api.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		RawHttp http = new RawHttp(port);
		Map<String, String> auth = RawHttp.bearer(api.token("admin"));
		JsonNode paths = docs.body().path("paths");
		assertThat(paths.size()).as("documented paths").isGreaterThan(20);

		for (Map.Entry<String, JsonNode> path : paths.properties()) {
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				String method = operation.getKey().toUpperCase();
				if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
					continue;
				}
				sweep(http, auth, method, path.getKey(), operation.getValue());
			}
		}

		assertThat(sent).as("requests sent").isGreaterThan(100);
		assertThat(failures).as("answers, of %d requests, that were not a problem+json 4xx with a code", sent).isEmpty();
	}

	private void sweep(RawHttp http, Map<String, String> auth, String method, String template, JsonNode operation) {
		String path = fill(template, operation.path("parameters"), null);
		for (JsonNode parameter : operation.path("parameters")) {
			if ("query".equals(parameter.path("in").asString())) {
				for (String bad : BAD_TEXT) {
					check(http.send(method, path + "?" + parameter.path("name").asString() + "=" + bad, auth, (String) null),
							method, template, "bad UTF-8 in query parameter " + parameter.path("name").asString());
				}
			}
			if ("path".equals(parameter.path("in").asString())) {
				for (String bad : BAD_SEGMENTS) {
					String target = fill(template, operation.path("parameters"), Map.of(parameter.path("name").asString(), bad));
					check(http.send(method, target, auth, (String) null), method, template, "path segment " + bad);
				}
			}
		}
		JsonNode content = operation.path("requestBody").path("content");
		if (!content.isMissingNode() && !content.isEmpty()) {
			Map<String, String> multipart = new java.util.LinkedHashMap<>(auth);
			multipart.put("Content-Type", "multipart/form-data");
			check(http.send(method, path, multipart, "{}"), method, template, "multipart without a boundary");
			if (content.has("multipart/form-data")) {
				multipart.put("Content-Type", "multipart/form-data; boundary=xyz");
				check(http.send(method, path, multipart,
						"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nno end"),
						method, template, "unterminated multipart body");
			}
		}
	}

	/** The path with each parameter given a value of its declared type, or the bad value given for it. */
	private static String fill(String template, JsonNode parameters, Map<String, String> bad) {
		String path = template;
		for (JsonNode parameter : parameters) {
			if (!"path".equals(parameter.path("in").asString())) {
				continue;
			}
			String name = parameter.path("name").asString();
			JsonNode schema = parameter.path("schema");
			String value = bad != null && bad.containsKey(name) ? bad.get(name)
					: "uuid".equals(schema.path("format").asString()) ? UUID.randomUUID().toString()
					: "integer".equals(schema.path("type").asString()) ? "2026" : "610722101000";
			path = path.replace("{" + name + "}", value);
		}
		return path;
	}

	private void check(Answer a, String method, String template, String kind) {
		sent++;
		boolean problem = a.status() >= 400 && a.status() < 500
				&& a.contentType().startsWith("application/problem+json") && !a.code().isBlank()
				&& !a.json().path("detail").asString("").isBlank() && a.json().path("status").asInt() == a.status();
		if (!problem) {
			failures.add(method + " " + template + " [" + kind + "] -> " + a);
		}
	}
}
