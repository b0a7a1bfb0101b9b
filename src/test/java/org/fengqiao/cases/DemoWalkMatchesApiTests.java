package org.fengqiao.cases;

import org.fengqiao.cases.demo.DemoCaseWalk;
import org.fengqiao.cases.FeedbackMethod;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.lifecycle.CaseRepository;
import org.fengqiao.cases.lifecycle.LifecycleRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.deadline.DeadlineSweeper;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo history is produced by the same action code as the API: one case taken through its lifecycle over
 * HTTP, and the same actions at the same moments walked as the demo history walks its cases, give the same
 * timeline — the same actors, actions, statuses, comments and times, the sweeper's warning included.
 */
class DemoWalkMatchesApiTests extends ApiTest {

	@Autowired
	CaseRepository cases;

	@Autowired
	LifecycleRules rules;

	@Autowired
	DeadlineSweeper sweeper;

	@Test
	void a_case_walked_like_the_demo_history_has_the_timeline_of_the_same_actions_over_http() {
		Response created = api.post("/api/cases", CaseLifecycleApiTests.dispute("演示与接口一致性", "宅基地边界争议。"),
				"desk.longtou");
		assertThat(created.status()).as(created.raw()).isEqualTo(201);
		String number = created.text("number");
		DemoCaseWalk walk = new DemoCaseWalk(rules, NOW.plus(Duration.ofDays(365)));
		walk.create(cases.find(number).orElseThrow());

		Instant t = NOW.plus(Duration.ofMinutes(20));
		step(t, number, "dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL, "comment", "请司法所调处"),
				"desk.longtou");
		assertThat(walk.dispatch(t, "desk.longtou", CaseLifecycleApiTests.JUDICIAL, List.of(), "请司法所调处")).isTrue();

		t = t.plus(Duration.ofHours(3));
		step(t, number, "accept", Map.of(), "judicial.longtou");
		assertThat(walk.accept(t, "judicial.longtou")).isTrue();

		t = t.plus(Duration.ofHours(1));
		step(t, number, "start", Map.of(), "judicial.longtou");
		assertThat(walk.start(t, "judicial.longtou")).isTrue();

		// Past the warning moment: the sweeper warns on the API side; the walk marks it before its next action.
		Instant warningAt = walk.record().warningAt();
		setClock(warningAt.plusSeconds(30));
		sweeper.sweep();
		t = warningAt.plus(Duration.ofHours(2));
		step(t, number, "resolve", Map.of("result", "双方达成调解协议"), "judicial.longtou");
		assertThat(walk.resolve(t, "judicial.longtou", "双方达成调解协议")).isTrue();

		t = t.plus(Duration.ofHours(5));
		step(t, number, "feedback", Map.of("method", "PHONE", "message", "已电话告知调解结果"), "desk.longtou");
		assertThat(walk.feedback(t, "desk.longtou", FeedbackMethod.PHONE, "已电话告知调解结果")).isTrue();

		t = t.plus(Duration.ofDays(1));
		step(t, number, "visit", Map.of("satisfaction", "SATISFIED", "comment", "群众满意"), "desk.longtou");
		assertThat(walk.visit(t, "desk.longtou", Satisfaction.SATISFIED, "群众满意")).isTrue();

		t = t.plus(Duration.ofHours(1));
		step(t, number, "close", Map.of("comment", "办结归档"), "desk.longtou");
		assertThat(walk.close(t, "desk.longtou", "办结归档")).isTrue();

		Response timeline = api.get("/api/cases/" + number + "/timeline", "desk.longtou");
		assertThat(timeline.status()).isEqualTo(200);
		List<String> overHttp = new ArrayList<>();
		timeline.body().valueStream().forEach(e -> overHttp.add(line(e.path("actor").asString(),
				e.path("action").asString(), text(e.path("fromStatus")), e.path("toStatus").asString(),
				text(e.path("comment")), Instant.from(java.time.OffsetDateTime.parse(e.path("at").asString())))));
		List<String> walked = walk.finish().events().stream()
			.map(e -> line(e.actor(), e.action(), e.from() == null ? null : e.from().name(), e.to().name(), e.comment(),
					e.at()))
			.toList();
		assertThat(overHttp).contains(line("system", "WARNING", "IN_PROGRESS", "IN_PROGRESS", "临近办理时限", null));
		assertThat(walked).isEqualTo(overHttp);
		assertThat(walk.record().status().name()).isEqualTo("CLOSED");
	}

	private void step(Instant at, String number, String action, Map<String, Object> body, String user) {
		setClock(at);
		Response r = api.post("/api/cases/" + number + "/" + action, body, user);
		assertThat(r.status()).as(action + ": " + r.raw()).isEqualTo(200);
	}

	private static String text(tools.jackson.databind.JsonNode node) {
		return node.isMissingNode() || node.isNull() ? null : node.asString();
	}

	/** One timeline entry; a mark's time is the sweep's moment, which differs by design, so it is left out. */
	private static String line(String actor, String action, String from, String to, String comment, Instant at) {
		return String.join(" | ", actor, action, String.valueOf(from), to, String.valueOf(comment),
				actor.equals("system") ? "-" : String.valueOf(at));
	}
}
