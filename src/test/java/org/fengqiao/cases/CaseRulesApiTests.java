package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Closing, reopening, extensions, petitions' statutory limits, routing rules and categories, over HTTP. */
class CaseRulesApiTests extends ApiTest {

	static final String JUDICIAL = CaseLifecycleApiTests.JUDICIAL;

	@Test
	void a_dissatisfied_visit_can_reopen_the_case_or_be_closed_only_by_a_leader_with_a_comment() {
		String number = resolvedAndFedBack();
		act(number, "visit", Map.of("satisfaction", "DISSATISFIED", "comment", "群众对结果不满意"), "desk.longtou");

		Response byDesk = act(number, "close", Map.of("comment", "结案"), "desk.longtou");
		assertThat(byDesk.status()).isEqualTo(403);
		assertThat(byDesk.text("code")).isEqualTo("case.close-needs-leader");
		assertThat(act(number, "close", Map.of(), "leader.longtou").status()).isEqualTo(400);

		Response reopened = act(number, "reopen", Map.of("reason", "群众不满意，重新办理"), "desk.longtou").expect(200);
		assertThat(reopened.text("status")).isEqualTo("REOPENED");
		assertThat(reopened.body().path("resolvedAt").isNull()).isTrue();
		assertThat(act(number, "dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou").expect(200).text("status")).isEqualTo("DISPATCHED");
	}

	@Test
	void a_leader_closes_a_dissatisfied_case_with_a_comment() {
		String number = resolvedAndFedBack();
		act(number, "visit", Map.of("satisfaction", "DISSATISFIED"), "desk.longtou");

		Response closed = act(number, "close", Map.of("comment", "诉求超出政策范围，已做好解释"), "leader.longtou").expect(200);

		assertThat(closed.text("status")).isEqualTo("CLOSED");
	}

	@Test
	void an_extension_is_requested_by_the_unit_and_moves_the_due_date_when_the_leader_approves() {
		String number = accepted();
		String due = api.get("/api/cases/" + number, "desk.longtou").expect(200).text("dueAt");
		assertThat(due).isEqualTo("2026-03-26T23:59:59+08:00");

		assertThat(act(number, "extend", Map.of("days", 5, "reason", "需等待鉴定结果"), "desk.longtou").status()).isEqualTo(403);
		Response requested = act(number, "extend", Map.of("days", 5, "reason", "需等待鉴定结果"), "judicial.longtou").expect(200);
		assertThat(requested.body().path("extension").path("days").asInt()).isEqualTo(5);
		assertThat(act(number, "extend", Map.of("days", 3, "reason", "再延"), "judicial.longtou").expect(409).text("code"))
			.isEqualTo("case.extension-pending");
		assertThat(act(number, "approve-extension", Map.of("approved", true), "desk.longtou").status()).isEqualTo(403);

		Response approved = act(number, "approve-extension", Map.of("approved", true, "comment", "同意"), "leader.longtou").expect(200);

		// five working days after Thu 2026-03-26: Thu 2026-04-02 (Qingming 2026-04-04..06 lies beyond it)
		assertThat(approved.text("dueAt")).isEqualTo("2026-04-02T23:59:59+08:00");
		assertThat(approved.body().path("extension").isNull()).isTrue();
		assertThat(act(number, "approve-extension", Map.of("approved", true), "leader.longtou").expect(409).text("code"))
			.isEqualTo("case.no-extension-pending");
	}

	@Test
	void a_petition_is_due_sixty_days_after_acceptance_and_may_be_extended_once_by_at_most_thirty() {
		Map<String, Object> body = CaseLifecycleApiTests.dispute("信访：征地补偿款未发放", "村民反映征地补偿款至今未到位。");
		body.put("kind", "PETITION");
		body.put("category", "PETITION_LAND");
		body.put("channel", "VISIT");
		String number = api.post("/api/cases", body, "desk.longtou").expect(201).text("number");
		Response dispatched = act(number, "dispatch", Map.of("leadUnit", "610722101000-PETITION_OFFICE"), "desk.longtou").expect(200);
		// acceptance decided within 15 days of receipt (2026-03-05): 2026-03-20, a Friday
		assertThat(dispatched.text("signForDeadline")).isEqualTo("2026-03-20T23:59:59+08:00");

		Response accepted = act(number, "accept", Map.of(), "leader.longtou");
		assertThat(accepted.status()).isEqualTo(403);
		String petitionStaff = petitionOfficer();
		accepted = act(number, "accept", Map.of(), petitionStaff).expect(200);
		// 60 days after 2026-03-05 is Mon 2026-05-04, a 劳动节 holiday: the period ends on Wed 2026-05-06
		assertThat(accepted.text("dueAt")).isEqualTo("2026-05-06T23:59:59+08:00");

		assertThat(act(number, "extend", Map.of("days", 31, "reason", "案情复杂"), petitionStaff).status()).isEqualTo(400);
		act(number, "extend", Map.of("days", 30, "reason", "案情复杂"), petitionStaff);
		Response extended = act(number, "approve-extension", Map.of("approved", true), "leader.longtou").expect(200);
		// 90 days after 2026-03-05: Wed 2026-06-03
		assertThat(extended.text("dueAt")).isEqualTo("2026-06-03T23:59:59+08:00");
		Response again = act(number, "extend", Map.of("days", 5, "reason", "再次延期"), petitionStaff);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("code")).isEqualTo("petition.extension-already-granted");
	}

	@Test
	void a_routing_rule_dispatches_a_category_automatically_at_intake_or_when_the_desk_names_no_unit() {
		Response rule = api.post("/api/routing-rules", Map.of("category", "DISPUTE_NEIGHBOR", "regionPrefix", "610722101",
				"level", "TOWN", "leadUnit", JUDICIAL, "coUnits", List.of(CaseLifecycleApiTests.POLICE), "priority", 1),
				"admin");
		assertThat(rule.status()).isEqualTo(201);
		assertThat(api.post("/api/routing-rules", Map.of("level", "TOWN", "leadUnit", JUDICIAL), "desk.longtou").status())
			.isEqualTo(403);

		Map<String, Object> body = CaseLifecycleApiTests.dispute("噪音扰民", "楼上夜间噪音。");
		body.put("category", "DISPUTE_NEIGHBOR_NOISE");
		String number = api.post("/api/cases", body, "desk.longtou").expect(201).text("number");
		Response routed = act(number, "dispatch", Map.of(), "desk.longtou").expect(200);
		assertThat(routed.text("leadUnit")).isEqualTo(JUDICIAL);
		assertThat(routed.array("coUnits").get(0).asString()).isEqualTo(CaseLifecycleApiTests.POLICE);

		long id = rule.field("id").asLong();
		Map<String, Object> auto = new HashMap<>(Map.of("category", "DISPUTE_NEIGHBOR", "regionPrefix", "610722101",
				"level", "TOWN", "leadUnit", JUDICIAL, "priority", 1, "autoDispatch", true));
		assertThat(api.put("/api/routing-rules/" + id, auto, "admin").status()).isEqualTo(200);
		Response intake = api.post("/api/cases", body, "desk.longtou").expect(201);
		assertThat(intake.text("status")).isEqualTo("DISPATCHED");
		assertThat(intake.text("leadUnit")).isEqualTo(JUDICIAL);
		assertThat(api.delete("/api/routing-rules/" + id, "admin").status()).isEqualTo(204);
	}

	@Test
	void the_category_tree_has_two_levels_and_administrators_extend_it() {
		JsonNode tree = api.get("/api/categories?kind=DISPUTE", "desk.longtou").expect(200).body();
		JsonNode neighbour = tree.valueStream().filter(c -> c.path("code").asString().equals("DISPUTE_NEIGHBOR"))
			.findFirst().orElseThrow();
		assertThat(neighbour.path("name").asString()).isEqualTo("邻里纠纷");
		assertThat(neighbour.path("children").valueStream().map(c -> c.path("name").asString())).contains("噪音扰民纠纷");

		Response added = api.post("/api/categories", Map.of("code", "DISPUTE_NEIGHBOR_PETS", "name", "饲养宠物纠纷", "kind",
				"DISPUTE", "parentCode", "DISPUTE_NEIGHBOR"), "admin");
		assertThat(added.status()).isEqualTo(201);
		assertThat(api.get("/api/categories?kind=DISPUTE", "desk.longtou").expect(200).body().valueStream()
			.filter(c -> c.path("code").asString().equals("DISPUTE_NEIGHBOR")).findFirst().orElseThrow()
			.path("children").valueStream().map(c -> c.path("code").asString())).contains("DISPUTE_NEIGHBOR_PETS");
		assertThat(api.post("/api/categories", Map.of("code", "X_Y", "name", "x", "kind", "DISPUTE"), "desk.longtou")
			.status()).isEqualTo(403);
	}

	@Test
	void an_sla_policy_edit_changes_the_sign_for_limit_of_the_next_dispatch() {
		JsonNode policy = api.get("/api/sla-policies", "admin").expect(200).body().valueStream()
			.filter(p -> p.path("kind").asString().equals("OPINION")).findFirst().orElseThrow();
		Map<String, Object> body = Map.of("kind", "OPINION", "signForHours", 6, "handlingWorkingDays", 15,
				"warningFraction", 0.8);
		assertThat(api.put("/api/sla-policies/" + policy.path("id").asLong(), body, "admin").status()).isEqualTo(200);

		Map<String, Object> opinion = CaseLifecycleApiTests.dispute("建议增设路灯", "村口道路夜间无照明。");
		opinion.put("kind", "OPINION");
		opinion.put("category", "OPINION_SUGGESTION");
		String number = api.post("/api/cases", opinion, "desk.longtou").expect(201).text("number");
		Response dispatched = act(number, "dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou").expect(200);

		assertThat(OffsetDateTime.parse(dispatched.text("signForDeadline")).toInstant()).isEqualTo(NOW.plus(Duration.ofHours(6)));
		api.put("/api/sla-policies/" + policy.path("id").asLong(), Map.of("kind", "OPINION", "signForHours", 48,
				"handlingWorkingDays", 15, "warningFraction", 0.8), "admin");
	}

	/** The demo's petition-office staff of 龙头镇 (DEPARTMENT_STAFF of 610722101000-PETITION_OFFICE). */
	private String petitionOfficer() {
		return "petition.longtou";
	}

	private String accepted() {
		String number = api.post("/api/cases", CaseLifecycleApiTests.dispute("延期测试 " + System.nanoTime(), "需要延期。"),
				"desk.longtou").expect(201).text("number");
		act(number, "dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou");
		act(number, "accept", Map.of(), "judicial.longtou");
		return number;
	}

	private String resolvedAndFedBack() {
		String number = accepted();
		act(number, "resolve", Map.of("result", "已调解"), "judicial.longtou");
		act(number, "feedback", Map.of("method", "IN_PERSON", "message", "当面告知"), "desk.longtou");
		return number;
	}

	/** Acts as a demo user, or with a raw token when {@code user} is one. */
	private Response act(String number, String action, Map<String, Object> body, String user) {
		if (user.length() > 40) {
			return api.send("POST", "/api/cases/" + number + "/" + action, body, user, null);
		}
		return api.post("/api/cases/" + number + "/" + action, body, user);
	}
}
