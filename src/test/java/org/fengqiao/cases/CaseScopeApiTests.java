package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Each role sees exactly its scope, and is refused (404/403/409) exactly as API.md says. */
class CaseScopeApiTests extends ApiTest {

	@Test
	void each_role_sees_exactly_the_cases_of_its_scope() {
		String liuyi = create("grid.liuyi", "610722101213", "61072210121300101");
		String wuai = create("desk.longtou", "610722101209", null);
		String anguo = create("desk.anguo", "620802104204", null);
		api.post("/api/cases/" + wuai + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.POLICE), "desk.longtou");

		assertThat(visible("desk.longtou", liuyi, wuai, anguo)).containsExactly(liuyi, wuai);
		assertThat(visible("leader.longtou", liuyi, wuai, anguo)).containsExactly(liuyi, wuai);
		assertThat(visible("grid.liuyi", liuyi, wuai, anguo)).containsExactly(liuyi);
		assertThat(visible("grid.wuai", liuyi, wuai, anguo)).isEmpty();
		assertThat(visible("police.longtou", liuyi, wuai, anguo)).containsExactly(wuai);
		assertThat(visible("judicial.longtou", liuyi, wuai, anguo)).isEmpty();
		assertThat(visible("county.chenggu", liuyi, wuai, anguo)).containsExactly(liuyi, wuai);
		assertThat(visible("center.chenggu", liuyi, wuai, anguo)).containsExactly(liuyi, wuai);
		assertThat(visible("desk.anguo", liuyi, wuai, anguo)).containsExactly(anguo);
		assertThat(visible("cadre.donggou", liuyi, wuai, anguo)).isEmpty();
		assertThat(visible("admin", liuyi, wuai, anguo)).containsExactly(liuyi, wuai, anguo);
	}

	@Test
	void a_case_outside_the_scope_is_404_for_reads_and_every_action() {
		String anguo = create("desk.anguo", "620802104204", null);

		assertThat(api.get("/api/cases/" + anguo, "desk.longtou").status()).isEqualTo(404);
		assertThat(api.get("/api/cases/" + anguo + "/timeline", "desk.longtou").status()).isEqualTo(404);
		assertThat(api.post("/api/cases/" + anguo + "/dispatch", Map.of("leadUnit", "x"), "desk.longtou").status())
			.isEqualTo(404);
		assertThat(api.post("/api/cases/" + anguo + "/supervise", Map.of("level", "KEY"), "leader.longtou").status())
			.isEqualTo(404);
	}

	@Test
	void a_role_that_can_never_act_gets_403_and_a_wrong_state_gets_409() {
		String number = create("desk.longtou", "610722101213", null);

		Response viewer = api.post("/api/cases/" + number + "/dispatch",
				Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL), "county.chenggu");
		assertThat(viewer.status()).isEqualTo(403);
		assertThat(viewer.text("code")).isEqualTo("case.forbidden");
		assertThat(api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL),
				"grid.liuyi").status()).isEqualTo(404);

		Response wrongState = api.post("/api/cases/" + number + "/visit", Map.of("satisfaction", "SATISFIED"),
				"desk.longtou");
		assertThat(wrongState.status()).isEqualTo(409);
		assertThat(wrongState.text("code")).isEqualTo("case.illegal-transition");

		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL), "desk.longtou");
		assertThat(api.post("/api/cases/" + number + "/supervise", Map.of("level", "KEY"), "desk.longtou").status())
			.isEqualTo(403);
		Response supervised = api.post("/api/cases/" + number + "/supervise", Map.of("level", "KEY", "comment", "限期办结"),
				"leader.longtou").expect(200);
		assertThat(supervised.text("supervision")).isEqualTo("KEY");
		assertThat(api.post("/api/cases/" + number + "/supervise", Map.of("level", "LISTED"), "center.chenggu").expect(200)
			.text("supervision")).isEqualTo("LISTED");
	}

	@Test
	void a_county_viewer_cannot_create_cases_and_a_desk_cannot_create_outside_its_town() {
		Response viewer = api.post("/api/cases", CaseLifecycleApiTests.dispute("x", "y"), "county.chenggu");
		Map<String, Object> elsewhere = CaseLifecycleApiTests.dispute("安国镇的事", "跨镇");
		elsewhere.put("location", Map.of("regionCode", "620802104204"));
		Response outside = api.post("/api/cases", elsewhere, "desk.longtou");

		assertThat(viewer.status()).isEqualTo(403);
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.array("errors").get(0).path("field").asString()).isEqualTo("location.regionCode");
	}

	@Test
	void the_first_receiver_keeps_the_case_on_their_list_until_feedback_is_given() {
		String number = create("desk.longtou", "610722101213", null);
		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL), "desk.longtou");
		api.post("/api/cases/" + number + "/accept", Map.of(), "judicial.longtou");
		api.post("/api/cases/" + number + "/resolve", Map.of("result", "已解决"), "judicial.longtou");
		assertThat(mine("desk.longtou")).contains(number);

		api.post("/api/cases/" + number + "/feedback", Map.of("method", "SMS", "message", "已短信告知"), "desk.longtou");

		assertThat(mine("desk.longtou")).doesNotContain(number);
		assertThat(mine("leader.longtou")).doesNotContain(number);
	}

	private List<String> mine(String user) {
		return api.get("/api/cases?mine=true&size=200", user).expect(200).field("items").valueStream()
			.map(c -> c.path("number").asString()).toList();
	}

	private List<String> visible(String user, String... numbers) {
		List<String> listed = api.get("/api/cases?size=200", user).expect(200).field("items").valueStream()
			.map(c -> c.path("number").asString()).toList();
		List<String> readable = java.util.Arrays.stream(numbers)
			.filter(n -> api.get("/api/cases/" + n, user).status() == 200).toList();
		assertThat(java.util.Arrays.stream(numbers).filter(listed::contains).toList()).as(user).isEqualTo(readable);
		return readable;
	}

	private String create(String user, String region, String grid) {
		Map<String, Object> body = CaseLifecycleApiTests.dispute("范围测试 " + System.nanoTime(), "测试数据权限。");
		body.put("location", grid == null ? Map.of("regionCode", region) : Map.of("regionCode", region, "gridCode", grid));
		Response r = api.post("/api/cases", body, user);
		assertThat(r.status()).as(r.raw()).isEqualTo(201);
		return r.text("number");
	}
}
