package org.fengqiao.petition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Petitions through the API: details, holding on the case loop's limits, the reply, the five visits, scope. */
class PetitionApiTests extends ApiTest {

	static final String JUDICIAL = "610722101000-JUDICIAL_OFFICE";
	static final String LIUYI = "610722101213";

	@Autowired
	JdbcClient jdbc;

	static Map<String, Object> petition(String title, String channel) {
		return Map.of("kind", "PETITION", "category", "PETITION_LAND", "channel", channel, "title", title,
				"description", "群众反映承包地被占用问题，要求处理。", "reporter", Map.of("name", "李四", "phone", "13900003333"),
				"location", Map.of("regionCode", LIUYI));
	}

	private String newPetition(String title) {
		Response created = api.post("/api/cases", petition(title, "VISIT"), "desk.longtou");
		assertThat(created.status()).isEqualTo(201);
		return created.text("number");
	}

	private Response details(String number, Map<String, Object> body, String user) {
		return api.put("/api/cases/" + number + "/petition", body, user);
	}

	private static OffsetDateTime time(Response r, String field) {
		return OffsetDateTime.parse(r.text(field));
	}

	@Test
	void a_collective_petition_held_by_a_leader_extended_once_is_answered_in_time() {
		String number = newPetition("六户村民集体反映征地补偿");
		Response recorded = details(number, Map.of("form", "VISIT", "peopleCount", 6, "level", "TOWN"), "desk.longtou");
		assertThat(recorded.status()).isEqualTo(200);
		assertThat(recorded.field("collective").asBoolean()).isTrue();
		assertThat(recorded.field("levelSkipping").asBoolean()).isFalse();

		Response held = api.put("/api/cases/" + number + "/holding",
				Map.of("leader", "张副镇长", "plan", "一周内召集村组、国土所核实补偿标准，逐户答复。"), "leader.longtou");
		assertThat(held.status()).isEqualTo(200);
		assertThat(held.text("leader")).isEqualTo("张副镇长");
		assertThat(held.text("dueAt")).isNull();
		assertThat(held.array("allowedActions").valueStream().map(n -> n.asString())).doesNotContain("reply");

		assertThat(api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou").status())
			.isEqualTo(200);
		assertThat(api.post("/api/cases/" + number + "/accept", Map.of(), "judicial.longtou").status()).isEqualTo(200);
		Response accepted = api.get("/api/cases/" + number + "/holding", "judicial.longtou");
		assertThat(accepted.status()).isEqualTo(200);
		OffsetDateTime due = time(accepted, "dueAt");
		assertThat(ChronoUnit.DAYS.between(clock.instant().atOffset(due.getOffset()).toLocalDate(), due.toLocalDate()))
			.isBetween(60L, 63L);

		assertThat(api.post("/api/cases/" + number + "/extend", Map.of("days", 30, "reason", "需县里协调补偿资金"),
				"judicial.longtou").status()).isEqualTo(200);
		assertThat(api.post("/api/cases/" + number + "/approve-extension", Map.of("approved", true, "comment", "同意"),
				"leader.longtou").status()).isEqualTo(200);
		Response again = api.post("/api/cases/" + number + "/extend", Map.of("days", 5, "reason", "再延"),
				"judicial.longtou");
		assertThat(again.status()).isEqualTo(409);
		Response extended = api.get("/api/cases/" + number + "/holding", "leader.longtou");
		assertThat(extended.status()).isEqualTo(200);
		OffsetDateTime extendedDue = time(extended, "dueAt");
		assertThat(ChronoUnit.DAYS.between(due.toLocalDate(), extendedDue.toLocalDate())).isBetween(25L, 33L);

		advance(java.time.Duration.ofDays(70));
		assertThat(api.post("/api/cases/" + number + "/holding/progress", Map.of("text", "已核实六户补偿标准。"),
				"judicial.longtou").status()).isEqualTo(201);
		Response replied = api.post("/api/cases/" + number + "/holding/reply",
				Map.of("text", "经调查核实，按县定标准补足补偿款，于本月底前发放到户。"), "judicial.longtou");
		assertThat(replied.status()).isEqualTo(200);
		assertThat(replied.field("reply").path("inTime").asBoolean()).isTrue();
		Response delivered = api.post("/api/cases/" + number + "/holding/reply/delivery", Map.of("method", "IN_PERSON"),
				"desk.longtou");
		assertThat(delivered.status()).isEqualTo(200);
		assertThat(delivered.field("reply").path("delivery").asString()).isEqualTo("IN_PERSON");
		assertThat(delivered.array("progress")).hasSize(1);
		assertThat(api.post("/api/cases/" + number + "/resolve", Map.of("result", "已答复并送达"), "judicial.longtou")
			.status()).isEqualTo(200);
		Response resolved = api.get("/api/cases/" + number, "desk.longtou");
		assertThat(resolved.status()).isEqualTo(200);
		assertThat(resolved.field("overdue").asBoolean()).isFalse();
	}

	@Test
	void a_repeat_petition_is_linked_to_its_predecessor_both_ways() {
		String first = newPetition("反映宅基地纠纷（初次）");
		assertThat(details(first, Map.of("form", "LETTER", "peopleCount", 1, "level", "TOWN"), "desk.longtou").status())
			.isEqualTo(200);
		advance(java.time.Duration.ofDays(20));
		String second = newPetition("反映宅基地纠纷（重复）");
		Response linked = details(second,
				Map.of("form", "VISIT", "peopleCount", 1, "level", "COUNTY", "previousNumber", first), "desk.longtou");
		assertThat(linked.status()).isEqualTo(200);
		assertThat(linked.text("previous")).isEqualTo(first);
		assertThat(linked.field("levelSkipping").asBoolean()).as("one level above its predecessor").isFalse();

		Response earlier = api.get("/api/cases/" + first + "/petition", "desk.longtou");
		assertThat(earlier.status()).isEqualTo(200);
		assertThat(earlier.array("repeats").valueStream().map(n -> n.asString())).containsExactly(second);

		Response backwards = details(first,
				Map.of("form", "LETTER", "peopleCount", 1, "level", "TOWN", "previousNumber", second), "desk.longtou");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.array("errors").get(0).path("field").asString()).isEqualTo("previousNumber");
	}

	@Test
	void a_petition_skipping_to_the_province_alerts_the_towns_center_leaders_once() {
		String number = newPetition("赴省信访");
		Map<String, Object> body = Map.of("form", "VISIT", "peopleCount", 2, "level", "PROVINCE");
		Response first = details(number, body, "desk.longtou");
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.field("levelSkipping").asBoolean()).isTrue();
		assertThat(first.field("toProvinceOrBeijing").asBoolean()).isTrue();
		assertThat(details(number, body, "desk.longtou").status()).isEqualTo(200);

		long alerts = jdbc.sql("SELECT count(*) FROM notifications WHERE record_id = :n AND kind = 'LEVEL_SKIPPING'"
				+ " AND recipient_role = 'CENTER_LEADER'").param("n", number).query(Long.class).single();
		assertThat(alerts).isEqualTo(1);
		Response inbox = api.get("/api/notifications?size=200", "leader.longtou");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.array("items").valueStream().filter(n -> number.equals(n.path("recordId").asString())))
			.hasSize(1);
	}

	@Test
	void a_petition_not_accepted_is_final_with_its_written_notice_and_a_dispute_cannot_be() {
		String number = newPetition("不予受理测试");
		assertThat(api.post("/api/cases/" + number + "/not-accept", Map.of("reason", "已经诉讼程序处理"), "desk.longtou")
			.status()).as("the notice is required").isEqualTo(400);
		assertThat(api.post("/api/cases/" + number + "/not-accept",
				Map.of("reason", "已进入诉讼程序", "notice", "李四：你反映的问题已由人民法院受理，依法不予受理。"), "grid.liuyi")
			.status()).isIn(403, 404);
		Response refused = api.post("/api/cases/" + number + "/not-accept",
				Map.of("reason", "已进入诉讼程序", "notice", "李四：你反映的问题已由人民法院受理，依法不予受理。"), "desk.longtou");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text("status")).isEqualTo("NOT_ACCEPTED");
		assertThat(refused.field("signForDeadline").isNull()).isTrue();
		assertThat(refused.array("allowedActions").valueStream().map(n -> n.asString())).doesNotContain("dispatch",
				"not-accept", "merge");
		Response holding = api.get("/api/cases/" + number + "/holding", "desk.longtou");
		assertThat(holding.status()).isEqualTo(200);
		assertThat(holding.field("notAccepted").path("notice").asString()).contains("依法不予受理");
		assertThat(holding.field("notAccepted").path("reason").asString()).isEqualTo("已进入诉讼程序");
		assertThat(api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou").status())
			.isEqualTo(409);

		Response dispute = api.post("/api/cases", Map.of("kind", "DISPUTE", "category", "DISPUTE_HOUSING_HOMESTEAD",
				"channel", "GRID_PATROL", "title", "宅基地纠纷", "description", "两户因宅基地界址发生争执。", "reporter",
				Map.of("name", "张某", "phone", "13912342345"), "location",
				Map.of("regionCode", LIUYI)), "desk.longtou");
		assertThat(dispute.status()).isEqualTo(201);
		assertThat(dispute.array("allowedActions").valueStream().map(n -> n.asString())).doesNotContain("not-accept");
		assertThat(api.post("/api/cases/" + dispute.text("number") + "/not-accept",
				Map.of("reason", "x", "notice", "y"), "desk.longtou").status()).isEqualTo(409);
	}

	@Test
	void the_five_visits_are_recorded_and_a_return_visit_record_does_not_move_the_case() {
		String number = newPetition("五访记录测试");
		for (String kind : List.of("APPOINTMENT", "OUTREACH", "RECEPTION", "RETURN", "FACE_TO_FACE")) {
			Map<String, Object> visit = new HashMap<>(Map.of("kind", kind, "date", "2026-03-05", "host", "张副镇长",
					"hostIsLeader", true, "peopleMet", "李四等3人", "problemsRaised", "补偿款未到位"));
			visit.put("satisfaction", "SATISFIED");
			Response r = api.post("/api/cases/" + number + "/visits", visit, "desk.longtou");
			assertThat(r.status()).as(kind).isEqualTo(201);
			assertThat(r.text("kind")).isEqualTo(kind);
		}
		Response visits = api.get("/api/cases/" + number + "/visits", "leader.longtou");
		assertThat(visits.status()).isEqualTo(200);
		assertThat(visits.body()).hasSize(5);
		assertThat(api.get("/api/cases/" + number, "desk.longtou").text("status")).isEqualTo("RECEIVED");
	}

	@Test
	void a_visit_without_a_host_or_in_the_future_is_refused_with_a_chinese_message() {
		String number = newPetition("校验测试");
		Response noHost = api.post("/api/cases/" + number + "/visits",
				Map.of("kind", "OUTREACH", "date", "2026-03-05", "peopleMet", "李四"), "desk.longtou");
		assertThat(noHost.status()).isEqualTo(400);
		assertThat(noHost.array("errors").get(0).path("field").asString()).isEqualTo("host");
		assertThat(noHost.array("errors").get(0).path("message").asString()).matches(".*[\\u4e00-\\u9fa5].*");
		Response future = api.post("/api/cases/" + number + "/visits",
				Map.of("kind", "OUTREACH", "date", "2026-04-01", "host", "王干事", "peopleMet", "李四"), "desk.longtou");
		assertThat(future.status()).isEqualTo(400);
		assertThat(future.array("errors").get(0).path("message").asString()).isEqualTo("日期不能晚于今天。");
		Response badLevel = details(number, Map.of("form", "VISIT", "peopleCount", 0, "level", "TOWN"), "desk.longtou");
		assertThat(badLevel.status()).isEqualTo(400);
		assertThat(badLevel.array("errors").get(0).path("field").asString()).isEqualTo("peopleCount");
	}

	@Test
	void the_county_center_reads_a_towns_petition_but_only_the_town_center_holding_it_names_its_leader() {
		String number = newPetition("县中心查看测试");
		Response read = api.get("/api/cases/" + number + "/holding", "center.chenggu");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.array("allowedActions")).isEmpty();
		assertThat(api.put("/api/cases/" + number + "/holding", Map.of("leader", "县领导", "plan", "县里包案"),
				"center.chenggu").status()).isEqualTo(403);
		assertThat(api.put("/api/cases/" + number + "/holding", Map.of("leader", "x", "plan", "y"), "county.chenggu")
			.status()).isEqualTo(403);
	}

	@Test
	void out_of_scope_users_get_404_on_every_new_endpoint() {
		String number = newPetition("范围测试");
		long petitioner = api.post("/api/petitioners", Map.of("regionCode", LIUYI, "name", "范围测试人", "grade", "YELLOW",
				"responsiblePerson", "曾小明"), "desk.longtou").expect(201).field("id").asLong();
		String base = "/api/cases/" + number;
		Map<String, Object> any = Map.of("form", "VISIT", "peopleCount", 1, "level", "TOWN");
		List<Response> answers = List.of(api.get(base + "/petition", "desk.anguo"),
				api.put(base + "/petition", any, "desk.anguo"), api.get(base + "/holding", "desk.anguo"),
				api.put(base + "/holding", Map.of("leader", "x", "plan", "y"), "desk.anguo"),
				api.post(base + "/holding/progress", Map.of("text", "x"), "desk.anguo"),
				api.post(base + "/holding/reply", Map.of("text", "x"), "desk.anguo"),
				api.post(base + "/holding/reply/delivery", Map.of("method", "POST"), "desk.anguo"),
				api.get(base + "/visits", "desk.anguo"),
				api.post(base + "/visits", Map.of("kind", "OUTREACH", "date", "2026-03-05", "host", "x", "peopleMet", "y"),
						"desk.anguo"),
				api.post(base + "/not-accept", Map.of("reason", "x", "notice", "y"), "desk.anguo"),
				api.get("/api/petitioners/" + petitioner, "desk.anguo"),
				api.put("/api/petitioners/" + petitioner, Map.of("regionCode", LIUYI, "name", "x", "grade", "RED",
						"responsiblePerson", "y"), "desk.anguo"));
		assertThat(answers).allSatisfy(r -> {
			assertThat(r.status()).as(r.toString()).isEqualTo(404);
			assertThat(r.raw()).doesNotContain("范围测试");
		});
	}

	@Test
	void the_register_is_read_by_center_leaders_only_audited_and_the_handling_unit_sees_no_petitioner_unless_shared() {
		long id = api.post("/api/petitioners", Map.of("regionCode", LIUYI, "name", "王重点", "grade", "RED",
				"responsiblePerson", "张副镇长", "informant", "曾小明"), "desk.longtou").expect(201).field("id").asLong();
		assertThat(api.get("/api/petitioners", "desk.longtou").status()).isEqualTo(403);
		assertThat(api.get("/api/petitioners/" + id, "police.longtou").status()).isEqualTo(403);
		assertThat(api.get("/api/petitioners", "county.chenggu").status()).isEqualTo(403);
		Response read = api.get("/api/petitioners/" + id, "leader.longtou");
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("grade")).isEqualTo("RED");
		assertThat(read.text("informant")).isEqualTo("曾小明");
		Response list = api.get("/api/petitioners?grade=RED", "leader.longtou");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.array("items").valueStream().map(n -> n.path("id").asLong())).contains(id);
		Response audit = api.get("/api/audit?recordType=petitioner&recordId=" + id + "&actor=leader.longtou", "admin");
		assertThat(audit.status()).isEqualTo(200);
		assertThat(audit.array("items").valueStream().map(n -> n.path("action").asString())).contains("READ");

		String number = newPetition("举报村干部");
		assertThat(details(number, Map.of("form", "LETTER", "peopleCount", 1, "level", "TOWN", "petitionerId", id),
				"desk.longtou").status()).isEqualTo(200);
		assertThat(api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou").status())
			.isEqualTo(200);
		Response hidden = api.get("/api/cases/" + number + "/petition", "judicial.longtou");
		assertThat(hidden.status()).isEqualTo(200);
		assertThat(hidden.field("petitioner").isNull()).isTrue();
		assertThat(hidden.field("petitionerHidden").asBoolean()).isTrue();
		assertThat(hidden.raw()).doesNotContain("王重点");
		assertThat(details(number, Map.of("form", "LETTER", "peopleCount", 1, "level", "TOWN", "petitionerId", id,
				"sharedWithUnit", true), "desk.longtou").status()).isEqualTo(200);
		Response shared = api.get("/api/cases/" + number + "/petition", "judicial.longtou");
		assertThat(shared.status()).isEqualTo(200);
		assertThat(shared.field("petitioner").path("name").asString()).isEqualTo("王重点");
		assertThat(details(number, Map.of("form", "LETTER", "peopleCount", 1, "level", "TOWN"), "judicial.longtou")
			.status()).isEqualTo(403);
	}
}
