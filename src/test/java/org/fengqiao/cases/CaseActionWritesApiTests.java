package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.fengqiao.cases.lifecycle.CaseRecord;
import org.fengqiao.cases.lifecycle.CaseRepository;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What one action writes besides the case row — event, audit row, notifications — and what the view reads back. */
class CaseActionWritesApiTests extends ApiTest {

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89 };

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CaseRepository cases;

	@Test
	void a_dispatch_writes_its_event_its_audit_row_and_one_delivered_once_notification_per_unit() {
		String number = create();

		Response dispatched = act(number, "dispatch",
				Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL, "coUnits", List.of(CaseLifecycleApiTests.POLICE)));

		assertThat(dispatched.status()).as(dispatched.raw()).isEqualTo(200);
		long id = jdbc.sql("SELECT id FROM cases WHERE number = :n").param("n", number).query(Long.class).single();
		long eventId = jdbc.sql("SELECT id FROM case_events WHERE case_id = :id AND action = 'DISPATCH'").param("id", id)
			.query(Long.class).single();
		assertThat(jdbc.sql("SELECT actor || ' ' || from_status || ' ' || to_status || ' ' || (data->>'leadUnit') FROM case_events WHERE id = :e")
			.param("e", eventId).query(String.class).single())
			.isEqualTo("desk.longtou RECEIVED DISPATCHED " + CaseLifecycleApiTests.JUDICIAL);
		assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE action = 'CASE_DISPATCH' AND record_type = 'case' AND record_id = :n")
			.param("n", number).query(String.class).list()).containsExactly("desk.longtou");
		assertThat(jdbc.sql("""
				SELECT n.recipient_unit || ' ' || n.kind || ' ' || n.message_key || ' ' || count(o.notification_id)
				FROM notifications n LEFT JOIN notification_outbox o ON o.notification_id = n.id
				WHERE n.record_type = 'case' AND n.record_id = :n GROUP BY n.id ORDER BY n.recipient_unit""")
			.param("n", number).query(String.class).list())
			.containsExactly(
					CaseLifecycleApiTests.JUDICIAL + " DISPATCH notification.case.dispatched-lead 1",
					CaseLifecycleApiTests.POLICE + " DISPATCH notification.case.dispatched-co 1");
		Response inbox = api.get("/api/notifications?unread=true&size=200", "judicial.longtou");
		assertThat(inbox.status()).isEqualTo(200);
		assertThat(inbox.body().path("items").valueStream()
			.filter(n -> n.path("recordId").asString().equals(number)).map(n -> n.path("message").asString()))
			.containsExactly("新派单（主办）：" + number + " " + dispatched.text("title"));
	}

	@Test
	void a_returned_case_still_shows_the_co_unit_progress_of_its_last_dispatch() {
		String number = create();
		act(number, "dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL, "coUnits", List.of(CaseLifecycleApiTests.POLICE)));
		assertThat(api.post("/api/cases/" + number + "/accept", Map.of(), "police.longtou").status()).isEqualTo(200);

		Response returned = api.post("/api/cases/" + number + "/return", Map.of("reason", "不属于本单位职责"), "judicial.longtou");

		assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
		assertThat(returned.array("coUnits").size()).isZero();
		assertThat(returned.array("coUnitProgress").get(0).path("unit").asString())
			.isEqualTo(CaseLifecycleApiTests.POLICE);
		assertThat(api.get("/api/cases/" + number, "desk.longtou").expect(200).field("coUnitProgress").size()).isEqualTo(1);
	}

	@Test
	void a_photo_attached_by_an_action_is_in_the_case_and_its_timeline() {
		String number = create();
		act(number, "dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL));
		assertThat(api.get("/api/cases/" + number, "desk.longtou").expect(200).field("attachments").size()).isZero();
		String fileId = api.upload("/api/files", "调解现场.png", "image/png", PNG, "judicial.longtou").expect(201).text("id");

		Response accepted = api.post("/api/cases/" + number + "/accept", Map.of("attachments", List.of(fileId)),
				"judicial.longtou");

		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
		assertThat(accepted.array("attachments").get(0).path("name").asString()).isEqualTo("调解现场.png");
		assertThat(api.get("/api/cases/" + number, "desk.longtou").expect(200).field("attachments").size()).isEqualTo(1);
		assertThat(api.get("/api/cases/" + number + "/timeline", "desk.longtou").expect(200).body().valueStream()
			.filter(e -> e.path("action").asString().equals("ACCEPT")).findFirst().orElseThrow()
			.path("attachments").get(0).asString()).isEqualTo(fileId);
	}

	@Test
	void an_action_on_a_case_another_node_changed_meanwhile_is_decided_on_the_stored_case() {
		String number = create();
		act(number, "dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL)); // this node remembers DISPATCHED
		// another node (same database) signs it for and starts it: the row moves on without this node seeing it
		jdbc.sql("""
				UPDATE cases SET status = 'IN_PROGRESS', accepted_at = dispatched_at, due_at = dispatched_at + interval '15 days',
				    version = version + 2 WHERE number = :n""").param("n", number).update();

		Response accepted = api.post("/api/cases/" + number + "/accept", Map.of(), "judicial.longtou");
		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(409);
		assertThat(accepted.text("detail")).contains("IN_PROGRESS");

		Response resolved = api.post("/api/cases/" + number + "/resolve", Map.of("result", "双方达成和解"), "judicial.longtou");
		assertThat(resolved.status()).as(resolved.raw()).isEqualTo(200);
		assertThat(resolved.text("status")).isEqualTo("RESOLVED");
	}

	@Test
	void each_step_answers_the_case_exactly_as_a_later_read_shows_it() {
		setClock(NOW.plusNanos(123_456_789)); // below PostgreSQL's microseconds, which it would round
		String number = create();
		List<String[]> steps = List.of(new String[] { "dispatch", "desk.longtou" },
				new String[] { "accept", "judicial.longtou" }, new String[] { "accept", "police.longtou" },
				new String[] { "start", "judicial.longtou" }, new String[] { "report", "police.longtou" },
				new String[] { "resolve", "judicial.longtou" }, new String[] { "feedback", "desk.longtou" },
				new String[] { "visit", "desk.longtou" }, new String[] { "close", "desk.longtou" });
		Map<String, Map<String, Object>> bodies = Map.of("dispatch",
				Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL, "coUnits", List.of(CaseLifecycleApiTests.POLICE)),
				"report", Map.of("result", "已到现场核实界址"), "resolve", Map.of("result", "经司法所调解，双方签订调解协议"), "feedback",
				Map.of("method", "PHONE", "message", "已电话告知调解结果"), "visit", Map.of("satisfaction", "SATISFIED"));
		for (String[] step : steps) {
			Response acted = api.post("/api/cases/" + number + "/" + step[0], bodies.getOrDefault(step[0], Map.of()), step[1]);
			assertThat(acted.status()).as(step[0] + ": " + acted.raw()).isEqualTo(200);
			Response read = api.get("/api/cases/" + number, step[1]);
			assertThat(read.status()).isEqualTo(200);
			assertThat(acted.body()).as(step[0]).isEqualTo(read.body());
			// the view shows milliseconds: the row this node remembers for the next action must be the stored one
			assertThat(times(cases.findForAction(number).orElseThrow())).as(step[0])
				.isEqualTo(times(cases.find(number).orElseThrow()));
		}
		assertThat(jdbc.sql("SELECT status || ' ' || version FROM cases WHERE number = :n").param("n", number)
			.query(String.class).single()).isEqualTo("CLOSED 9");
	}

	@Test
	void an_action_decided_on_a_row_another_node_changed_is_taken_again_and_its_first_attempt_leaves_nothing() {
		String number = create();
		act(number, "dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL)); // this node remembers DISPATCHED
		// another node (same database) raises its supervision: the row moves on, still open to the same action
		jdbc.sql("UPDATE cases SET supervision = 'KEY', version = version + 1 WHERE number = :n").param("n", number)
			.update();

		Response accepted = api.post("/api/cases/" + number + "/accept", Map.of(), "judicial.longtou");

		assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
		assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
		assertThat(accepted.text("supervision")).as("decided on the stored case, not on the remembered one")
			.isEqualTo("KEY");
		assertThat(jdbc.sql("SELECT supervision || ' ' || status || ' ' || version FROM cases WHERE number = :n")
			.param("n", number).query(String.class).single()).isEqualTo("KEY ACCEPTED 3");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id
				WHERE c.number = :n AND e.action = 'ACCEPT'""").param("n", number).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'CASE_ACCEPT' AND record_id = :n")
			.param("n", number).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void two_units_accepting_the_same_case_at_the_same_moment_both_succeed_and_both_are_kept() throws Exception {
		api.token("judicial.longtou"); // logged in before, so the two requests only send
		api.token("police.longtou");
		ExecutorService two = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				String number = create();
				act(number, "dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL, "coUnits",
						List.of(CaseLifecycleApiTests.POLICE)));
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<Response>> accepted = two.invokeAll(List.of("judicial.longtou", "police.longtou").stream()
					.map(user -> (Callable<Response>) () -> {
						together.await();
						return api.post("/api/cases/" + number + "/accept", Map.of(), user);
					}).toList());

				for (Future<Response> r : accepted) {
					assertThat(r.get().status()).as(r.get().raw()).isEqualTo(200);
				}
				assertThat(jdbc.sql("""
						SELECT c.status || ' ' || c.version || ' ' || (p.accepted_at IS NOT NULL)
						FROM cases c JOIN case_co_units p ON p.case_id = c.id WHERE c.number = :n""")
					.param("n", number).query(String.class).single()).isEqualTo("ACCEPTED 3 true");
				assertThat(jdbc.sql("""
						SELECT e.actor FROM case_events e JOIN cases c ON c.id = e.case_id
						WHERE c.number = :n AND e.action = 'ACCEPT' ORDER BY e.actor""").param("n", number)
					.query(String.class).list()).containsExactly("judicial.longtou", "police.longtou");
			}
		} finally {
			two.shutdownNow();
		}
	}

	private static List<Object> times(CaseRecord c) {
		return Arrays.asList(c.version(), c.dispatchedAt(), c.signForDeadline(), c.acceptedAt(), c.dueAt(),
				c.warningAt(), c.resolvedAt(), c.closedAt());
	}

	private String create() {
		Response r = api.post("/api/cases", CaseLifecycleApiTests.dispute("写入测试 " + System.nanoTime(), "两户村民因琐事发生争执。"),
				"desk.longtou");
		assertThat(r.status()).as(r.raw()).isEqualTo(201);
		return r.text("number");
	}

	private Response act(String number, String action, Map<String, Object> body) {
		return api.post("/api/cases/" + number + "/" + action, body, "desk.longtou");
	}
}
