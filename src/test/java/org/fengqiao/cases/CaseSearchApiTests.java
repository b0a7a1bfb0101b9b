package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Text search of one, two and more Chinese characters, and the capped total of a long list (issue 15). */
class CaseSearchApiTests extends ApiTest {

	/** 荷叶乡: a demo town without cases, so the rows a test adds there are the only ones. */
	private static final String EMPTY_TOWN = "510921207000";

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_embedded_database_keeps_chinese_characters_in_trigrams() {
		assertThat(jdbc.sql("SELECT cardinality(show_trgm('宅基地纠纷'))").query(Integer.class).single()).isPositive();
	}

	@Test
	void a_search_of_three_or_more_characters_finds_a_case_by_its_title_or_its_description_in_scope_only() {
		String byTitle = intake("鳟鱼塘渗水淹了稻田", "邻里纠纷。");
		String byDescription = intake("邻里纠纷", "对方在鳟鱼塘边堆放砖块。");

		assertThat(numbers("鳟鱼塘", "desk.longtou")).containsExactlyInAnyOrder(byTitle, byDescription);
		assertThat(numbers("鳟鱼塘渗水", "desk.longtou")).containsExactly(byTitle);
		assertThat(numbers("鳟鱼塘", "desk.anguo")).isEmpty();
	}

	@Test
	void a_search_by_case_number_finds_that_case_and_the_cases_that_mention_it_in_scope_only() {
		String first = intake("鳊鱼塘边界纠纷", "两户争执。");
		String repeat = intake("鳊鱼塘边界再次争执", "与 " + first + " 同一地块。");

		assertThat(numbers(first, "desk.longtou")).containsExactlyInAnyOrder(first, repeat);
		assertThat(numbers(repeat, "desk.longtou")).containsExactly(repeat);
		assertThat(numbers(first, "desk.anguo")).isEmpty();
	}

	@Test
	void a_search_total_counts_the_matching_cases_the_caller_sees_under_every_other_filter() {
		String received = intake("鲥鱼塘租金纠纷", "租金未付。");
		String dispatched = intake("鲥鱼塘围网纠纷", "围网占道。");
		api.post("/api/cases/" + dispatched + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL),
				"desk.longtou").expect(200);

		// pages of one, so that each total is counted, not read off a last page
		assertThat(total("鲥鱼塘", "", "desk.longtou")).isEqualTo(2);
		assertThat(total("鲥鱼", "", "desk.longtou")).isEqualTo(2);
		assertThat(total("鲥鱼塘", "&status=RECEIVED", "desk.longtou")).isEqualTo(1);
		assertThat(total("鲥鱼", "&status=RECEIVED", "desk.longtou")).isEqualTo(1);
		assertThat(numbers(api.get("/api/cases?size=1&status=RECEIVED&q=" + URLEncoder.encode("鲥鱼塘", StandardCharsets.UTF_8),
				"desk.longtou").expect(200))).containsExactly(received);
		assertThat(total("鲥鱼塘", "", "judicial.longtou")).isEqualTo(1);
		assertThat(total("鲥鱼塘", "", "desk.anguo")).isZero();
	}

	private long total(String q, String filters, String user) {
		Response page = api.get("/api/cases?size=1&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + filters, user)
			.expect(200);
		assertThat(page.field("totalExact").asBoolean()).isTrue();
		return page.field("total").asLong();
	}

	@Test
	void a_search_ignores_the_case_of_latin_letters() {
		String number = intake("鳙鱼养殖场LED灯扰民", "夜间 Led 灯光照进卧室。");

		assertThat(numbers("led灯", "desk.longtou")).containsExactly(number);
		assertThat(numbers("LED 灯光", "desk.longtou")).containsExactly(number);
	}

	@Test
	void a_search_does_not_match_words_that_only_meet_where_the_title_ends_and_the_description_begins() {
		String number = intake("鲶鱼", "塘边堆放砖块。");

		assertThat(numbers("鲶鱼塘", "desk.longtou")).isEmpty();
		assertThat(numbers("鲶鱼", "desk.longtou")).containsExactly(number);
		assertThat(numbers("塘边堆", "desk.longtou")).contains(number);
	}

	@Test
	void a_title_changed_after_intake_is_searched_by_its_new_words() {
		String number = intake("鲂鱼塘承包纠纷", "承包期限争议。");
		jdbc.sql("UPDATE cases SET title = '鳑鲏塘承包纠纷' WHERE number = :n").param("n", number).update();

		assertThat(numbers("鳑鲏塘", "desk.longtou")).containsExactly(number);
		assertThat(numbers("鲂鱼塘", "desk.longtou")).isEmpty();
	}

	@Test
	void a_search_of_two_characters_finds_every_case_that_holds_them_newest_first() {
		String older = intake("鲟鳇争执", "两户因鲟鳇养殖发生争执。");
		String newer = intake("水渠", "上游截流，鲟鳇池缺水。");
		intake("鲟鱼", "与上面两件都不同。");

		Response page = search("鲟鳇", "desk.longtou");
		assertThat(page.field("total").asLong()).isEqualTo(2);
		assertThat(page.field("totalExact").asBoolean()).isTrue();
		assertThat(numbers(page)).containsExactly(newer, older);
		assertThat(numbers("鲟鳇", "desk.anguo")).isEmpty();
	}

	@Test
	void a_search_of_one_character_finds_the_cases_that_hold_it() {
		String number = intake("鳜", "村口鳜鱼摊占道。");

		assertThat(numbers("鳜", "desk.longtou")).containsExactly(number);
		assertThat(numbers("鳜", "grid.liuyi")).containsExactly(number);
		assertThat(numbers("鳜", "grid.wuai")).isEmpty();
	}

	@Test
	void a_list_of_more_than_ten_thousand_cases_answers_ten_thousand_and_not_exact() {
		String town = EMPTY_TOWN.substring(0, 9);
		try {
			jdbc.sql("""
					INSERT INTO cases (number, kind, category_code, channel, title, description, priority, status, level,
					                   region_code, holding_unit, first_receiver, reported_by, received_at, updated_at)
					SELECT 'CAP-' || g, kind, category_code, channel, title, description, priority, 'RECEIVED', 'TOWN',
					       :region, :region, 'admin', 'admin', now() - g * interval '1 minute', now()
					FROM cases, generate_series(1, :rows) g WHERE cases.id = (SELECT min(id) FROM cases)
					""").param("region", EMPTY_TOWN).param("rows", 10_001).update();

			Response beyond = api.get("/api/cases?region=" + EMPTY_TOWN + "&size=20", "admin").expect(200);
			assertThat(beyond.field("total").asLong()).isEqualTo(10_000);
			assertThat(beyond.field("totalExact").asBoolean()).isFalse();
			assertThat(beyond.array("items").size()).isEqualTo(20);
			assertThat(beyond.array("items").get(0).path("number").asString()).isEqualTo("CAP-1");

			jdbc.sql("DELETE FROM cases WHERE number = 'CAP-10001'").update();
			Response atTheCap = api.get("/api/cases?region=" + EMPTY_TOWN + "&size=20", "admin").expect(200);
			assertThat(atTheCap.field("total").asLong()).isEqualTo(10_000);
			assertThat(atTheCap.field("totalExact").asBoolean()).isTrue();
		} finally {
			jdbc.sql("DELETE FROM cases WHERE number LIKE 'CAP-%' AND region_code LIKE :town")
				.param("town", town + "%").update();
		}
	}

	private String intake(String title, String description) {
		return api.post("/api/cases", CaseLifecycleApiTests.dispute(title, description), "desk.longtou").expect(201)
			.text("number");
	}

	private Response search(String q, String user) {
		return api.get("/api/cases?size=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), user).expect(200);
	}

	private List<String> numbers(String q, String user) {
		return numbers(search(q, user));
	}

	private static List<String> numbers(Response page) {
		return page.array("items").valueStream().map(c -> c.path("number").asString()).toList();
	}
}
