package org.fengqiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.fengqiao.support.Api;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

/** The jar serves the web application: its page for every client route, its built files, all without a token. */
class WebApplicationServedTests extends ApiTest {

	private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

	private String page(String path) {
		Api.Download answer = api.download(path, null).expect(200);
		assertThat(answer.header("Content-Type")).startsWith("text/html");
		String html = new String(answer.bytes(), StandardCharsets.UTF_8);
		assertThat(html).contains("<div id=\"app\"></div>");
		return html;
	}

	@Test
	void the_root_the_login_page_and_a_deep_link_to_a_case_all_answer_the_web_application() {
		String root = page("/");
		assertThat(page("/login")).isEqualTo(root);
		assertThat(page("/cases/610722101-2026-000123")).isEqualTo(root);
		assertThat(page("/index.html")).isEqualTo(root);
	}

	@Test
	void the_script_the_page_names_is_served_without_a_token() {
		Matcher script = SCRIPT.matcher(page("/login"));
		assertThat(script.find()).as("index.html names its script").isTrue();
		Api.Download js = api.download(script.group(1), null).expect(200);
		assertThat(js.header("Content-Type")).contains("javascript");
		assertThat(js.bytes().length).isGreaterThan(1000);
	}

	@Test
	void an_unknown_api_path_is_still_a_problem_and_not_the_page() {
		Api.Response answer = api.raw("GET", "/api/no-such-thing", null, null, null, java.util.Map.of());
		assertThat(answer.status()).isIn(401, 404);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		Api.Response withToken = api.get("/api/no-such-thing", "desk.longtou");
		assertThat(withToken.status()).isEqualTo(404);
		assertThat(withToken.contentType()).startsWith("application/problem+json");
	}

	@Test
	void the_page_loads_nothing_from_another_host() {
		String html = page("/");
		assertThat(html).doesNotContainPattern("(src|href)=\"(https?:)?//");
	}
}
