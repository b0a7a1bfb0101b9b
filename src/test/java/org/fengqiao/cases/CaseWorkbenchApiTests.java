package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the workbench screens need: the actions a user may take now, repeats before saving, queue filters. */
class CaseWorkbenchApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void each_user_is_offered_exactly_the_actions_the_server_then_accepts() {
		String number = api.post("/api/cases", CaseLifecycleApiTests.dispute("可办操作测试", "邻里纠纷。"), "desk.longtou")
			.expect(201).text("number");

		assertThat(actions(number, "desk.longtou")).containsExactly("dispatch", "escalate", "merge");
		assertThat(actions(number, "leader.longtou")).contains("dispatch", "supervise").doesNotContain("accept");
		assertThat(actions(number, "county.chenggu")).isEmpty();

		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL), "desk.longtou")
			.expect(200);
		List<String> station = actions(number, "judicial.longtou");
		assertThat(station).containsExactly("accept", "return", "escalate");
		assertThat(actions(number, "desk.longtou")).doesNotContain("dispatch", "accept");

		Response accepted = api.post("/api/cases/" + number + "/accept", Map.of(), "judicial.longtou").expect(200);
		assertThat(accepted.array("allowedActions").valueStream().map(n -> n.asString()).toList())
			.containsExactly("return", "start", "resolve", "escalate", "extend");
	}

	@Test
	void an_action_not_offered_is_refused_and_one_offered_is_taken() {
		String number = api.post("/api/cases", CaseLifecycleApiTests.dispute("未提供即拒绝", "邻里纠纷。"), "desk.longtou")
			.expect(201).text("number");
		List<String> offered = actions(number, "grid.liuyi");
		assertThat(offered).doesNotContain("dispatch");
		assertThat(api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL),
				"grid.liuyi").status()).isEqualTo(403);
		assertThat(actions(number, "desk.longtou")).contains("dispatch");
		assertThat(api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL),
				"desk.longtou").status()).isEqualTo(200);
	}

	@Test
	void a_repeat_check_lists_the_open_case_of_the_same_phone_and_stores_nothing() {
		String number = api.post("/api/cases", withPhone("宅基地边界又起争执", "13877776666"), "desk.longtou").expect(201)
			.text("number");
		long before = jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single();

		Response check = api.post("/api/cases/repeat-check", withPhone("邻居又占了我家宅基地", "13877776666"), "desk.longtou")
			.expect(200);

		assertThat(check.array("possibleDuplicates").valueStream().map(d -> d.path("number").asString()))
			.contains(number);
		assertThat(jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void a_repeat_check_refuses_an_invalid_body_with_its_field() {
		Map<String, Object> body = withPhone("测试", "12345");
		Response refused = api.post("/api/cases/repeat-check", body, "desk.longtou");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.raw()).contains("reporter.phone");
	}

	@Test
	void the_to_dispatch_queue_takes_several_statuses_and_a_level() {
		Response queue = api.get("/api/cases?status=RECEIVED,REOPENED&size=200", "desk.longtou").expect(200);
		List<String> statuses = new ArrayList<>();
		queue.array("items").valueStream().forEach(c -> statuses.add(c.path("status").asString()));
		assertThat(statuses).isNotEmpty().allMatch(s -> s.equals("RECEIVED") || s.equals("REOPENED"));

		Response village = api.get("/api/cases?level=VILLAGE&size=200", "desk.longtou").expect(200);
		assertThat(village.array("items").valueStream().map(c -> c.path("level").asString())).isNotEmpty()
			.allMatch("VILLAGE"::equals);
	}

	@Test
	void the_dispatch_dialog_is_prefilled_from_the_routing_rule_and_left_empty_without_one() {
		Map<String, Object> neighbour = CaseLifecycleApiTests.dispute("邻里噪音", "楼上夜间噪音扰民。");
		neighbour.put("category", "DISPUTE_NEIGHBOR_NOISE");
		String ruled = api.post("/api/cases", neighbour, "desk.longtou").expect(201).text("number");
		String unruled = api.post("/api/cases", CaseLifecycleApiTests.dispute("宅基地", "宅基地边界。"), "desk.longtou")
			.expect(201).text("number");

		Response suggestion = api.get("/api/cases/" + ruled + "/routing-suggestion", "desk.longtou").expect(200);
		assertThat(suggestion.text("leadUnit")).isEqualTo(CaseLifecycleApiTests.JUDICIAL);
		assertThat(suggestion.array("coUnits").valueStream().map(n -> n.asString())).containsExactly(CaseLifecycleApiTests.POLICE);
		assertThat(api.get("/api/cases/" + unruled + "/routing-suggestion", "desk.longtou").expect(200).field("leadUnit")
			.isNull()).isTrue();
		assertThat(api.get("/api/cases/" + ruled + "/routing-suggestion", "desk.anguo").status()).isEqualTo(404);
	}

	@Test
	void the_trend_by_month_adds_up_to_the_overview_and_the_village_trend_names_the_villages() {
		Response overview = api.get("/api/stats/overview?region=610722101000", "leader.longtou").expect(200);
		Response byMonth = api.get("/api/stats/trend?region=610722101000&by=MONTH", "leader.longtou").expect(200);
		long received = 0;
		for (var row : byMonth.body()) {
			assertThat(row.path("key").asString()).matches("\\d{4}-\\d{2}");
			received += row.path("received").asLong();
		}
		assertThat(received).isPositive().isEqualTo(overview.field("received").asLong());

		Response byVillage = api.get("/api/stats/trend?region=610722101000&by=VILLAGE", "leader.longtou").expect(200);
		assertThat(byVillage.body().valueStream().map(r -> r.path("name").asString())).contains("六一村委会");
		assertThat(api.get("/api/stats/trend?region=610722101000&by=WEEKDAY", "leader.longtou").status()).isEqualTo(400);
	}

	@Test
	void the_map_counts_the_open_cases_of_each_grid_the_caller_sees() {
		String number = api.post("/api/cases", CaseLifecycleApiTests.dispute("地图计数", "网格内纠纷。"), "desk.longtou")
			.expect(201).text("number");
		assertThat(number).isNotBlank();

		Response grids = api.get("/api/stats/grids?region=610722101213", "grid.liuyi").expect(200);
		assertThat(grids.body().valueStream().filter(g -> g.path("gridCode").asString().equals("61072210121300101"))
			.map(g -> g.path("open").asLong())).singleElement().satisfies(n -> assertThat(n).isPositive());
		assertThat(api.get("/api/stats/grids?region=610722101213", "grid.wuai").status()).isEqualTo(404);
	}

	private List<String> actions(String number, String user) {
		return api.get("/api/cases/" + number, user).expect(200).array("allowedActions").valueStream()
			.map(n -> n.asString()).toList();
	}

	private static Map<String, Object> withPhone(String title, String phone) {
		Map<String, Object> body = CaseLifecycleApiTests.dispute(title, "反映人称邻居占用其宅基地。");
		body.put("reporter", Map.of("name", "周八", "phone", phone));
		return body;
	}
}
