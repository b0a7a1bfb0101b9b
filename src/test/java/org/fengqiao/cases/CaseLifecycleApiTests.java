package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The case loop through the HTTP API, as the desk, the stations and the grid member use it. */
class CaseLifecycleApiTests extends ApiTest {

	static final String JUDICIAL = "610722101000-JUDICIAL_OFFICE";
	static final String POLICE = "610722101000-POLICE_STATION";

	@Test
	void a_dispute_reported_by_a_grid_member_goes_the_whole_way_to_closure() {
		Response created = api.post("/api/cases", dispute("六一村两户因宅基地边界发生争执", "村民张某与李某因宅基地界址问题多次争吵，请求调解。"),
				"grid.liuyi");
		assertThat(created.status()).isEqualTo(201);
		String number = created.text("number");
		assertThat(number).matches("610722101-2026-\\d{6}");
		assertThat(created.text("status")).isEqualTo("RECEIVED");
		assertThat(created.text("firstReceiver")).isEqualTo("grid.liuyi");
		assertThat(created.text("regionCode")).isEqualTo("610722101213");
		assertThat(created.text("gridCode")).isEqualTo("61072210121300101");
		assertThat(created.body().path("reporter").path("phone").asString()).isEqualTo("139****2345");
		assertThat(created.body().path("reporter").path("idNumber").asString()).isEqualTo("110105********002X");

		Response dispatched = act(number, "dispatch", Map.of("leadUnit", JUDICIAL, "coUnits", List.of(POLICE)), "desk.longtou");
		assertThat(dispatched.status()).isEqualTo(200);
		assertThat(dispatched.text("status")).isEqualTo("DISPATCHED");
		assertThat(dispatched.text("leadUnit")).isEqualTo(JUDICIAL);
		assertThat(OffsetDateTime.parse(dispatched.text("signForDeadline")).toInstant()).isEqualTo(NOW.plus(Duration.ofHours(24)));

		assertThat(act(number, "accept", Map.of(), "judicial.longtou").expect(200).text("status")).isEqualTo("ACCEPTED");
		assertThat(act(number, "accept", Map.of(), "police.longtou").expect(200).text("status")).isEqualTo("ACCEPTED");
		Response started = act(number, "start", Map.of(), "judicial.longtou").expect(200);
		assertThat(started.text("status")).isEqualTo("IN_PROGRESS");
		// 15 working days from the day after sign-for (Thu 2026-03-05): Thu 2026-03-26, 23:59:59 in Shanghai
		assertThat(started.text("dueAt")).isEqualTo("2026-03-26T23:59:59+08:00");

		Response early = act(number, "resolve", Map.of("result", "双方达成调解协议"), "judicial.longtou");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.text("code")).isEqualTo("case.co-units-pending");

		assertThat(act(number, "report", Map.of("result", "已到现场核实界址"), "police.longtou").status()).isEqualTo(200);
		advance(Duration.ofDays(3));
		Response resolved = act(number, "resolve", Map.of("result", "经司法所调解，双方签订调解协议"), "judicial.longtou").expect(200);
		assertThat(resolved.text("status")).isEqualTo("RESOLVED");

		assertThat(act(number, "feedback", Map.of("method", "PHONE", "message", "已电话告知调解结果"), "desk.longtou").expect(200)
			.text("status")).isEqualTo("FEEDBACK_GIVEN");
		assertThat(act(number, "visit", Map.of("satisfaction", "SATISFIED", "comment", "群众满意"), "desk.longtou").expect(200)
			.text("status")).isEqualTo("VISITED");
		Response closed = act(number, "close", Map.of("comment", "办结归档"), "desk.longtou").expect(200);
		assertThat(closed.text("status")).isEqualTo("CLOSED");
		assertThat(closed.text("satisfaction")).isEqualTo("SATISFIED");

		List<String> actions = api.get("/api/cases/" + number + "/timeline", "desk.longtou").expect(200).body().valueStream()
			.map(e -> e.path("action").asString()).toList();
		assertThat(actions).containsExactly("CREATE", "DISPATCH", "ACCEPT", "ACCEPT", "START", "REPORT", "RESOLVE",
				"FEEDBACK", "VISIT", "CLOSE");
		JsonNode first = api.get("/api/cases/" + number + "/timeline", "desk.longtou").expect(200).body().get(1);
		assertThat(first.path("actor").asString()).isEqualTo("desk.longtou");
		assertThat(first.path("fromStatus").asString()).isEqualTo("RECEIVED");
		assertThat(first.path("toStatus").asString()).isEqualTo("DISPATCHED");
		assertThat(first.path("at").asString()).endsWith("+08:00");
	}

	@Test
	void a_returned_case_goes_back_to_the_desk_with_its_reason_and_is_routed_again() {
		String number = create("grid.liuyi");
		act(number, "dispatch", Map.of("leadUnit", POLICE), "desk.longtou");

		Response returned = act(number, "return", Map.of("reason", "属民事纠纷，非治安案件"), "police.longtou").expect(200);
		assertThat(returned.text("status")).isEqualTo("RETURNED");
		assertThat(returned.body().path("leadUnit").isNull()).isTrue();
		assertThat(returned.body().path("signForDeadline").isNull()).isTrue();
		JsonNode queue = api.get("/api/cases?status=RETURNED&size=200", "desk.longtou").expect(200).body();
		assertThat(queue.path("items").valueStream().map(c -> c.path("number").asString())).contains(number);
		assertThat(api.get("/api/cases/" + number, "police.longtou").status()).isEqualTo(404);

		Response again = act(number, "dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou").expect(200);
		assertThat(again.text("status")).isEqualTo("DISPATCHED");
		assertThat(again.text("leadUnit")).isEqualTo(JUDICIAL);
		JsonNode timeline = api.get("/api/cases/" + number + "/timeline", "desk.longtou").expect(200).body();
		assertThat(timeline.get(2).path("action").asString()).isEqualTo("RETURN");
		assertThat(timeline.get(2).path("comment").asString()).isEqualTo("属民事纠纷，非治安案件");
	}

	@Test
	void a_case_escalates_village_to_town_to_county_and_the_county_dispatches_it() {
		String number = create("grid.liuyi");
		Response toVillage = act(number, "dispatch", Map.of("leadUnit", "610722101213-VILLAGE_COMMITTEE"), "desk.longtou").expect(200);
		assertThat(toVillage.text("level")).isEqualTo("VILLAGE");
		act(number, "accept", Map.of(), "cadre.liuyi");

		Response toTown = act(number, "escalate", Map.of("reason", "村内调解未果"), "cadre.liuyi").expect(200);
		assertThat(toTown.text("status")).isEqualTo("ESCALATED");
		assertThat(toTown.text("level")).isEqualTo("TOWN");
		assertThat(api.get("/api/cases/" + number, "center.chenggu").status()).isEqualTo(200);
		assertThat(act(number, "dispatch", Map.of("leadUnit", "610722000000-PETITION_OFFICE"), "center.chenggu").status())
			.isEqualTo(403);

		act(number, "dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou");
		Response toCounty = act(number, "escalate", Map.of("reason", "涉及多部门，镇级无法化解"), "judicial.longtou").expect(200);
		assertThat(toCounty.text("level")).isEqualTo("COUNTY");
		assertThat(toCounty.text("holdingUnit")).isEqualTo("610722000000-GOVERNANCE_CENTER");
		assertThat(act(number, "dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou").status()).isEqualTo(403);

		Response county = act(number, "dispatch", Map.of("leadUnit", "610722000000-JUDICIAL_OFFICE"), "center.chenggu");
		assertThat(county.status()).isEqualTo(200);
		assertThat(county.text("status")).isEqualTo("DISPATCHED");
		assertThat(county.text("level")).isEqualTo("COUNTY");
		Response beyond = act(number, "escalate", Map.of("reason", "再上报"), "center.chenggu");
		assertThat(beyond.status()).isEqualTo(409);
		assertThat(beyond.text("code")).isEqualTo("case.cannot-escalate");
	}

	@Test
	void a_retried_intake_with_the_same_idempotency_key_returns_the_first_case() {
		Map<String, Object> body = dispute("重复提交测试", "网络不稳定，客户端重试。");
		Response first = api.send("POST", "/api/cases", body, api.token("desk.longtou"), Map.of("Idempotency-Key", "k-1001"));
		Response retry = api.send("POST", "/api/cases", body, api.token("desk.longtou"), Map.of("Idempotency-Key", "k-1001"));
		Map<String, Object> changed = new HashMap<>(body);
		changed.put("title", "另一件事");
		Response mismatch = api.send("POST", "/api/cases", changed, api.token("desk.longtou"), Map.of("Idempotency-Key", "k-1001"));
		Response otherUser = api.send("POST", "/api/cases", body, api.token("leader.longtou"), Map.of("Idempotency-Key", "k-1001"));

		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.text("number")).isEqualTo(first.text("number"));
		assertThat(mismatch.status()).isEqualTo(422);
		assertThat(mismatch.text("code")).isEqualTo("idempotency.mismatch");
		assertThat(otherUser.status()).isEqualTo(201);
		assertThat(otherUser.text("number")).isNotEqualTo(first.text("number"));
	}

	@Test
	void a_repeat_from_the_same_village_is_flagged_and_can_be_merged() {
		String original = api.post("/api/cases", dispute("五组村民反映水渠堵塞引发纠纷", "五组几户村民因灌溉水渠堵塞互相指责，发生口角。"),
				"desk.longtou").expect(201).text("number");
		Response repeat = api.post("/api/cases", dispute("村民反映五组水渠堵塞引发纠纷", "五组村民因灌溉水渠堵塞互相指责，多次发生口角。"),
				"desk.longtou").expect(201);

		JsonNode dup = repeat.array("possibleDuplicates").valueStream()
			.filter(d -> d.path("number").asString().equals(original)).findFirst().orElseThrow();
		assertThat(dup.path("similarity").asDouble()).isGreaterThan(0.5);

		Response merged = act(repeat.text("number"), "merge", Map.of("into", original), "desk.longtou").expect(200);
		assertThat(merged.text("status")).isEqualTo("MERGED");
		assertThat(merged.text("mergedInto")).isEqualTo(original);
		assertThat(act(repeat.text("number"), "dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou").status())
			.isEqualTo(409);
	}

	@Test
	void a_case_merged_away_is_no_longer_a_repeat_of_the_next_intake() {
		String original = api.post("/api/cases", dispute("七组村民反映机井抽水引发纠纷", "七组几户村民因机井轮流抽水顺序争执。"),
				"desk.longtou").expect(201).text("number");
		String repeat = api.post("/api/cases", dispute("村民反映七组机井抽水引发纠纷", "七组村民因机井轮流抽水顺序多次争执。"),
				"desk.longtou").expect(201).text("number");
		act(repeat, "merge", Map.of("into", original), "desk.longtou").expect(200);

		Response third = api.post("/api/cases", dispute("七组机井抽水纠纷再次发生", "七组村民因机井抽水顺序再次争执。"),
				"desk.longtou").expect(201);

		assertThat(third.array("possibleDuplicates").valueStream().map(d -> d.path("number").asString()))
			.contains(original).doesNotContain(repeat);
	}

	@Test
	void of_two_intakes_from_one_reporter_at_the_same_moment_the_later_lists_the_earlier() throws Exception {
		api.get("/api/auth/me", "desk.longtou");
		CyclicBarrier together = new CyclicBarrier(4);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		List<Future<Response>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < 4; i++) {
				Map<String, Object> body = dispute("赵六反映屋后堰塘漏水（" + i + "）", "赵六第" + i + "次来电反映屋后堰塘漏水淹地。");
				body.put("reporter", Map.of("name", "赵六", "phone", "13700002222"));
				body.put("location", Map.of("regionCode", "610722101209"));
				answers.add(pool.submit(() -> {
					together.await();
					return api.post("/api/cases", body, "desk.longtou");
				}));
			}
			List<Response> created = new ArrayList<>();
			for (var a : answers) {
				created.add(a.get().expect(201));
			}
			created.sort(Comparator.comparing(r -> r.text("number")));
			for (int later = 1; later < created.size(); later++) {
				List<String> listed = created.get(later).array("possibleDuplicates").valueStream()
					.map(d -> d.path("number").asString()).toList();
				assertThat(listed).as(created.get(later).text("number")).contains(created.get(later - 1).text("number"));
			}
		} finally {
			pool.shutdownNow();
		}
	}

	@Test
	void an_unrelated_case_in_another_village_is_not_a_repeat() {
		api.post("/api/cases", dispute("六一村邻里噪音纠纷", "楼上住户夜间装修噪音扰民。"), "desk.longtou").expect(201);
		Map<String, Object> other = dispute("集市摊位占道经营", "集市摊贩占用道路，影响通行。");
		other.put("location", Map.of("regionCode", "610722101209"));

		Response r = api.post("/api/cases", other, "desk.longtou").expect(201);

		assertThat(r.array("possibleDuplicates").valueStream().map(d -> d.path("title").asString()))
			.doesNotContain("六一村邻里噪音纠纷");
	}

	@Test
	void the_same_reporter_is_recognised_by_phone_number() {
		Map<String, Object> a = dispute("反映拖欠工资", "某工地拖欠工资三个月。");
		a.put("reporter", Map.of("name", "王五", "phone", "13800001111"));
		String first = api.post("/api/cases", a, "desk.longtou").expect(201).text("number");
		Map<String, Object> b = dispute("再次反映问题", "仍未解决。");
		b.put("reporter", Map.of("name", "王五", "phone", "13800001111"));
		b.put("location", Map.of("regionCode", "610722101209"));

		JsonNode dups = api.post("/api/cases", b, "desk.longtou").expect(201).field("possibleDuplicates");

		assertThat(dups.valueStream().filter(d -> d.path("number").asString().equals(first)))
			.singleElement().satisfies(d -> assertThat(d.path("reason").asString()).isEqualTo("SAME_PHONE"));
	}

	@Test
	void the_same_reporter_is_recognised_by_id_number_from_another_phone_and_village() {
		Map<String, Object> a = dispute("反映土地承包合同纠纷", "承包地被他人耕种。");
		a.put("reporter", Map.of("name", "李四", "phone", "13800003333", "idNumber", "11010519491231002X"));
		String first = api.post("/api/cases", a, "desk.longtou").expect(201).text("number");
		Map<String, Object> b = dispute("再次反映承包地问题", "仍未解决。");
		b.put("reporter", Map.of("name", "李四", "phone", "13800004444", "idNumber", "11010519491231002X"));
		b.put("location", Map.of("regionCode", "610722101209"));

		JsonNode dups = api.post("/api/cases", b, "desk.longtou").expect(201).field("possibleDuplicates");

		assertThat(dups.valueStream().filter(d -> d.path("number").asString().equals(first)))
			.singleElement().satisfies(d -> assertThat(d.path("reason").asString()).isEqualTo("SAME_ID_NUMBER"));
	}

	private String create(String user) {
		Response r = api.post("/api/cases", dispute("邻里纠纷 " + System.nanoTime(), "两户村民因琐事发生争执。"), user);
		assertThat(r.status()).as(r.raw()).isEqualTo(201);
		return r.text("number");
	}

	Response act(String number, String action, Map<String, Object> body, String user) {
		return api.post("/api/cases/" + number + "/" + action, body, user);
	}

	static Map<String, Object> dispute(String title, String description) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "DISPUTE");
		body.put("category", "DISPUTE_HOUSING_HOMESTEAD");
		body.put("channel", "GRID_PATROL");
		body.put("title", title);
		body.put("description", description);
		body.put("reporter", Map.of("name", "张某", "phone", "13912342345", "idNumber", "11010519491231002X"));
		body.put("location", Map.of("regionCode", "610722101213", "gridCode", "61072210121300101", "address", "六一村五组"));
		return body;
	}
}
