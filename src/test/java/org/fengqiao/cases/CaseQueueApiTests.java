package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.deadline.DeadlineSweeper;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/** The workbench's and the menu's queues: the list filters warning, supervised, extensionPending, part, and the counts. */
class CaseQueueApiTests extends ApiTest {

	@Autowired
	DeadlineSweeper sweeper;

	private static final String JUDICIAL = CaseLifecycleApiTests.JUDICIAL;
	private static final String POLICE = CaseLifecycleApiTests.POLICE;
	private static final String OPEN = "RECEIVED,DISPATCHED,ACCEPTED,IN_PROGRESS,RETURNED,ESCALATED,REOPENED";

	/** Each count and the list it stands for. */
	private static final Map<String, String> LISTS = Map.ofEntries(
			Map.entry("toDispatch", "status=RECEIVED,RETURNED,ESCALATED,REOPENED"), Map.entry("returned", "status=RETURNED"),
			Map.entry("escalated", "status=ESCALATED"), Map.entry("inProgress", "status=DISPATCHED,ACCEPTED,IN_PROGRESS"),
			Map.entry("toFeedback", "status=RESOLVED"), Map.entry("toVisit", "status=FEEDBACK_GIVEN"),
			Map.entry("warning", "warning=true"), Map.entry("overdue", "overdue=true&status=" + OPEN),
			Map.entry("supervised", "supervised=true&status=" + OPEN), Map.entry("extensionPending", "extensionPending=true"),
			Map.entry("toAccept", "status=DISPATCHED"), Map.entry("handling", "status=ACCEPTED,IN_PROGRESS"),
			Map.entry("coTasks", "part=CO&status=DISPATCHED,ACCEPTED,IN_PROGRESS"));

	@Test
	void a_supervised_case_is_listed_under_supervised_for_the_leader_and_its_lead_unit_only() {
		String number = dispatched("督办筛选", JUDICIAL, List.of());
		api.post("/api/cases/" + number + "/supervise", Map.of("level", "KEY", "comment", "限期办结"), "leader.longtou")
			.expect(200);

		List<JsonNode> leaders = items("/api/cases?supervised=true&size=200", "leader.longtou");
		assertThat(leaders).extracting(c -> c.path("number").asString()).contains(number);
		assertThat(leaders).allMatch(c -> !c.path("supervision").isNull());
		assertThat(numbers("/api/cases?supervised=true&size=200", "judicial.longtou")).contains(number);
		assertThat(numbers("/api/cases?supervised=true&size=200", "police.longtou")).doesNotContain(number);
		assertThat(numbers("/api/cases?supervised=true&size=200", "desk.anguo")).doesNotContain(number);
		assertThat(numbers("/api/cases?supervised=false&size=200", "leader.longtou")).doesNotContain(number);
	}

	@Test
	void a_requested_extension_waits_under_extension_pending_until_the_leader_approves_it() {
		String number = dispatched("延期筛选", JUDICIAL, List.of());
		api.post("/api/cases/" + number + "/accept", Map.of(), "judicial.longtou").expect(200);
		api.post("/api/cases/" + number + "/extend", Map.of("days", 5, "reason", "需等待鉴定结果"), "judicial.longtou")
			.expect(200);

		List<JsonNode> pending = items("/api/cases?extensionPending=true&size=200", "leader.longtou");
		assertThat(pending).extracting(c -> c.path("number").asString()).contains(number);
		assertThat(pending).allMatch(c -> c.path("extension").path("days").asInt() > 0);
		assertThat(numbers("/api/cases?extensionPending=true&size=200", "police.longtou")).doesNotContain(number);
		assertThat(numbers("/api/cases?extensionPending=true&size=200", "desk.anguo")).doesNotContain(number);

		api.post("/api/cases/" + number + "/approve-extension", Map.of("approved", true), "leader.longtou").expect(200);
		assertThat(numbers("/api/cases?extensionPending=true&size=200", "leader.longtou")).doesNotContain(number);
	}

	@Test
	void a_co_unit_finds_the_case_among_its_co_tasks_and_the_lead_unit_does_not() {
		String number = dispatched("协办筛选", JUDICIAL, List.of(POLICE));

		List<JsonNode> police = items("/api/cases?part=CO&size=200", "police.longtou");
		assertThat(police).extracting(c -> c.path("number").asString()).contains(number);
		assertThat(police).allMatch(c -> c.path("coUnits").valueStream().anyMatch(u -> u.asString().equals(POLICE)));
		assertThat(numbers("/api/cases?part=CO&size=200", "judicial.longtou")).doesNotContain(number);
		assertThat(numbers("/api/cases?part=LEAD&size=200", "judicial.longtou")).contains(number);
		assertThat(numbers("/api/cases?part=CO&size=200", "desk.anguo")).doesNotContain(number);
		assertThat(api.get("/api/cases?part=HELPER", "police.longtou").status()).isEqualTo(400);
	}

	@Test
	void the_warning_list_holds_only_open_warned_cases_that_are_not_overdue_and_of_the_callers_units() {
		// a case of its own a minute before its limit, warned by the sweeper (other tests may have let the demo's
		// warned cases run overdue)
		String number = dispatched("预警筛选", POLICE, List.of());
		api.post("/api/cases/" + number + "/accept", Map.of(), "police.longtou").expect(200);
		Instant due = OffsetDateTime.parse(api.get("/api/cases/" + number, "desk.longtou").expect(200).text("dueAt"))
			.toInstant();
		setClock(due.minusSeconds(60));
		sweeper.sweep();

		List<JsonNode> warned = items("/api/cases?warning=true&size=200", "desk.longtou");
		assertThat(warned).extracting(c -> c.path("number").asString()).contains(number);
		assertThat(warned).allMatch(c -> c.path("warning").asBoolean() && !c.path("overdue").asBoolean()
				&& OPEN.contains(c.path("status").asString()));
		assertThat(warned).allMatch(c -> c.path("regionCode").asString().startsWith("610722101"));

		List<JsonNode> police = items("/api/cases?warning=true&size=200", "police.longtou");
		assertThat(police).extracting(c -> c.path("number").asString()).contains(number);
		assertThat(police).allMatch(c -> POLICE.equals(c.path("leadUnit").asString())
				|| c.path("coUnits").valueStream().anyMatch(u -> u.asString().equals(POLICE))
				|| "police.longtou".equals(c.path("firstReceiver").asString()));
	}

	@Test
	void each_count_equals_the_total_of_its_list_for_the_desk_the_leader_and_a_station() {
		dispatched("计数协办", JUDICIAL, List.of(POLICE));
		for (String user : List.of("desk.longtou", "leader.longtou", "police.longtou", "judicial.longtou", "desk.anguo")) {
			Response counts = api.get("/api/cases/counts", user).expect(200);
			assertThat(counts.body().propertyNames()).containsAll(LISTS.keySet());
			LISTS.forEach((key, query) -> assertThat(counts.field(key).asLong()).as("%s of %s", key, user)
				.isEqualTo(api.get("/api/cases?size=1&" + query, user).expect(200).field("total").asLong()));
		}
		assertThat(api.get("/api/cases/counts", "desk.longtou").field("toDispatch").asLong()).isPositive();
		assertThat(api.get("/api/cases/counts", "police.longtou").field("coTasks").asLong()).isPositive();
	}

	private String dispatched(String title, String lead, List<String> coUnits) {
		String number = api.post("/api/cases", CaseLifecycleApiTests.dispute(title, "邻里纠纷。"), "desk.longtou")
			.expect(201).text("number");
		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", lead, "coUnits", coUnits), "desk.longtou")
			.expect(200);
		return number;
	}

	private List<JsonNode> items(String path, String user) {
		return api.get(path, user).expect(200).array("items").valueStream().toList();
	}

	private List<String> numbers(String path, String user) {
		return items(path, user).stream().map(c -> c.path("number").asString()).toList();
	}
}
