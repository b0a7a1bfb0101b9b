package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import javax.sql.DataSource;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.platform.FengqiaoProperties;
import org.fengqiao.platform.deadline.DeadlineSweeper;
import org.fengqiao.platform.notify.NotificationOutbox;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

class ClockSweeperTests extends ApiTest {

	@Autowired
	DeadlineSweeper sweeper;

	@Autowired
	NotificationOutbox notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	FengqiaoProperties properties;

	@Test
	void an_accepted_case_warns_then_goes_overdue_and_is_supervised_once() {
		String number = acceptedDispute();
		Response accepted = api.get("/api/cases/" + number, "desk.longtou").expect(200);
		Instant due = java.time.OffsetDateTime.parse(accepted.text("dueAt")).toInstant();

		setClock(due.minus(Duration.ofDays(2)));
		sweeper.sweep();
		Response warned = api.get("/api/cases/" + number, "desk.longtou").expect(200);
		assertThat(warned.field("warning").asBoolean()).isTrue();
		assertThat(warned.field("overdue").asBoolean()).isFalse();

		setClock(due.plusSeconds(1));
		sweeper.sweep();
		sweeper.sweep();
		Response overdue = api.get("/api/cases/" + number, "desk.longtou").expect(200);
		assertThat(overdue.field("overdue").asBoolean()).isTrue();
		assertThat(overdue.text("supervision")).isEqualTo("GENERAL");
		List<String> actions = api.get("/api/cases/" + number + "/timeline", "desk.longtou").expect(200).body().valueStream()
			.map(e -> e.path("action").asString()).toList();
		assertThat(actions).containsSubsequence("ACCEPT", "WARNING", "OVERDUE", "AUTO_SUPERVISE");
		assertThat(actions.stream().filter("OVERDUE"::equals)).hasSize(1);
		assertThat(api.get("/api/notifications?unread=true&size=200", "judicial.longtou").expect(200).field("items").valueStream()
			.filter(n -> n.path("recordType").asString().equals("case") && n.path("recordId").asString().equals(number))
			.map(n -> n.path("kind").asString()))
			.contains("DISPATCH", "WARNING", "OVERDUE");
	}

	@Test
	void two_application_instances_on_one_database_mark_and_notify_each_overdue_case_once() throws Exception {
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			numbers.add(acceptedDispute());
		}
		advance(Duration.ofDays(60));
		try (ConfigurableApplicationContext second = secondInstance()) {
			DeadlineSweeper otherSweeper = second.getBean(DeadlineSweeper.class);
			NotificationOutbox otherCenter = second.getBean(NotificationOutbox.class);
			CyclicBarrier start = new CyclicBarrier(2);
			CompletableFuture<Map<String, Integer>> a = CompletableFuture.supplyAsync(() -> awaitThen(start, sweeper::sweep));
			CompletableFuture<Map<String, Integer>> b = CompletableFuture.supplyAsync(() -> awaitThen(start, otherSweeper::sweep));
			assertThat(a.get().get("case-overdue") + b.get().get("case-overdue")).isGreaterThanOrEqualTo(numbers.size());
			CompletableFuture<Integer> c = CompletableFuture.supplyAsync(() -> awaitThen(start, notifications::deliver));
			CompletableFuture<Integer> d = CompletableFuture.supplyAsync(() -> awaitThen(start, otherCenter::deliver));
			c.get();
			d.get();
		}
		for (String number : numbers) {
			long id = jdbc.sql("SELECT id FROM cases WHERE number = :n").param("n", number).query(Long.class).single();
			assertThat(count("SELECT count(*) FROM case_events WHERE case_id = :id AND action = 'OVERDUE'", id)).isEqualTo(1);
			assertThat(count("SELECT count(*) FROM case_events WHERE case_id = :id AND action = 'AUTO_SUPERVISE'", id)).isEqualTo(1);
			assertThat(count("SELECT count(*) FROM notifications WHERE record_type = 'case' AND record_id = :number AND kind = 'OVERDUE'", id)).isEqualTo(2);
			assertThat(count("""
					SELECT count(*) FROM notification_outbox o JOIN notifications n ON n.id = o.notification_id
					WHERE n.record_type = 'case' AND n.record_id = :number AND n.kind = 'OVERDUE' AND o.sent_at IS NOT NULL AND o.attempts = 1""", id)).isEqualTo(2);
		}
	}

	/** A second Fengqiao on this test's database, key and clock, as a second node would run beside the first. */
	private ConfigurableApplicationContext secondInstance() throws Exception {
		HikariDataSource db = (HikariDataSource) dataSource;
		String key = Files.readString(properties.dataDir().resolve("encryption.key")).trim();
		return new SpringApplicationBuilder(FengqiaoApplication.class).web(WebApplicationType.NONE)
			.initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("testClock", Clock.class, () -> clock,
					bean -> bean.setPrimary(true)))
			.run("--spring.datasource.url=" + db.getJdbcUrl(), "--spring.datasource.username=" + db.getUsername(),
					"--fengqiao.encryption-key=" + key,
					"--fengqiao.data-dir=" + Files.createTempDirectory("fengqiao-second-node"), "--fengqiao.demo=false",
					"--fengqiao.bootstrap-admin=false", "--fengqiao.sweeper.enabled=false", "--fengqiao.outbox.interval=PT1H",
					"--logging.level.root=WARN");
	}

	@Test
	void each_outbox_notification_is_delivered_once_even_when_delivery_runs_twice_at_once() throws Exception {
		String number = acceptedDispute();
		long id = jdbc.sql("SELECT id FROM cases WHERE number = :n").param("n", number).query(Long.class).single();
		CyclicBarrier start = new CyclicBarrier(2);
		CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> awaitThen(start, notifications::deliver));
		CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> awaitThen(start, notifications::deliver));
		a.get();
		b.get();

		String outbox = "SELECT count(*) FROM notification_outbox o JOIN notifications n ON n.id = o.notification_id "
				+ "WHERE n.record_type = 'case' AND n.record_id = :number";
		assertThat(count(outbox, id)).isPositive();
		assertThat(count(outbox + " AND o.sent_at IS NOT NULL AND o.attempts = 1", id)).isEqualTo(count(outbox, id));
	}

	@Test
	void a_case_not_signed_for_in_time_is_flagged_and_both_units_told() {
		Response created = api.post("/api/cases", CaseLifecycleApiTests.dispute("签收超时测试", "派单后无人签收。"), "desk.longtou").expect(201);
		String number = created.text("number");
		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.POLICE), "desk.longtou");

		advance(Duration.ofHours(25));
		sweeper.sweep();

		long id = jdbc.sql("SELECT id FROM cases WHERE number = :n").param("n", number).query(Long.class).single();
		assertThat(count("SELECT count(*) FROM notifications WHERE record_type = 'case' AND record_id = :number AND kind = 'SIGN_FOR_OVERDUE'", id))
			.isEqualTo(2);
		assertThat(api.get("/api/cases/" + number + "/timeline", "desk.longtou").expect(200).body().valueStream()
			.map(e -> e.path("comment").asString())).contains("超过签收时限未签收");
	}

	@Test
	void a_case_resolved_before_its_limit_is_never_warned_or_marked_overdue() {
		String number = acceptedDispute();
		api.post("/api/cases/" + number + "/start", Map.of(), "judicial.longtou");
		assertThat(api.post("/api/cases/" + number + "/resolve", Map.of("result", "已调解"), "judicial.longtou").status())
			.isEqualTo(200);

		advance(Duration.ofDays(60));
		sweeper.sweep();

		Response resolved = api.get("/api/cases/" + number, "desk.longtou").expect(200);
		assertThat(resolved.field("warning").asBoolean()).isFalse();
		assertThat(resolved.field("overdue").asBoolean()).isFalse();
		assertThat(api.get("/api/cases/" + number + "/timeline", "desk.longtou").expect(200).body().valueStream()
			.map(e -> e.path("action").asString())).doesNotContain("WARNING", "OVERDUE", "AUTO_SUPERVISE");
	}

	@Test
	void an_approved_extension_moves_the_overdue_mark_to_the_new_due_date() {
		String number = acceptedDispute();
		Instant due = java.time.OffsetDateTime.parse(api.get("/api/cases/" + number, "desk.longtou").expect(200).text("dueAt")).toInstant();
		api.post("/api/cases/" + number + "/extend", Map.of("days", 10, "reason", "需等待鉴定结果"), "judicial.longtou");
		Response approved = api.post("/api/cases/" + number + "/approve-extension", Map.of("approved", true), "leader.longtou").expect(200);
		Instant extended = java.time.OffsetDateTime.parse(approved.text("dueAt")).toInstant();
		assertThat(extended).isAfter(due);

		setClock(due.plusSeconds(1));
		sweeper.sweep();
		assertThat(api.get("/api/cases/" + number, "desk.longtou").expect(200).field("overdue").asBoolean()).isFalse();

		setClock(extended.plusSeconds(1));
		sweeper.sweep();
		assertThat(api.get("/api/cases/" + number, "desk.longtou").expect(200).field("overdue").asBoolean()).isTrue();
	}

	@Test
	void a_petition_left_received_past_its_acceptance_limit_is_marked_once_and_its_center_told() {
		Response created = api.post("/api/cases", Map.of("kind", "PETITION", "category", "PETITION_LAND", "channel",
				"VISIT", "title", "受理时限测试", "description", "信访人来访反映土地问题，尚未决定是否受理。", "reporter",
				Map.of("name", "王五", "phone", "13900001111"), "location", Map.of("regionCode", "610722101213")),
				"desk.longtou");
		assertThat(created.status()).isEqualTo(201);
		String number = created.text("number");
		Instant limit = java.time.OffsetDateTime.parse(created.text("signForDeadline")).toInstant();
		assertThat(limit).isAfter(clock.instant().plus(Duration.ofDays(14)));

		setClock(limit.plusSeconds(1));
		sweeper.sweep();
		sweeper.sweep();

		Response marked = api.get("/api/cases/" + number, "desk.longtou");
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.text("status")).isEqualTo("RECEIVED");
		assertThat(marked.body().path("signForOverdue").asBoolean()).isTrue();
		long id = jdbc.sql("SELECT id FROM cases WHERE number = :n").param("n", number).query(Long.class).single();
		assertThat(count("SELECT count(*) FROM case_events WHERE case_id = :id AND action = 'OVERDUE'", id)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM notifications WHERE record_type = 'case' AND record_id = :number"
				+ " AND kind = 'SIGN_FOR_OVERDUE' AND recipient_unit = '610722101000-GOVERNANCE_CENTER'", id)).isEqualTo(1);
	}

	@Test
	void a_petitions_acceptance_limit_keeps_running_through_a_return() {
		Response created = api.post("/api/cases", Map.of("kind", "PETITION", "category", "PETITION_LAND", "channel",
				"LETTER", "title", "退回不停表测试", "description", "信访件派出后被退回。", "reporter",
				Map.of("name", "赵六", "phone", "13900002222"), "location", Map.of("regionCode", "610722101213")),
				"desk.longtou");
		assertThat(created.status()).isEqualTo(201);
		String number = created.text("number");
		String limit = created.text("signForDeadline");
		assertThat(api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL),
				"desk.longtou").status()).isEqualTo(200);
		Response returned = api.post("/api/cases/" + number + "/return", Map.of("reason", "不属于本所职责"),
				"judicial.longtou");
		assertThat(returned.status()).isEqualTo(200);
		assertThat(returned.text("signForDeadline")).isEqualTo(limit);

		setClock(java.time.OffsetDateTime.parse(limit).toInstant().plusSeconds(1));
		sweeper.sweep();
		Response marked = api.get("/api/cases/" + number, "desk.longtou");
		assertThat(marked.text("status")).isEqualTo("RETURNED");
		assertThat(marked.body().path("signForOverdue").asBoolean()).isTrue();
	}

	private String acceptedDispute() {
		Response created = api.post("/api/cases", CaseLifecycleApiTests.dispute("超期测试 " + System.nanoTime(), "测试时限。"),
				"desk.longtou").expect(201);
		String number = created.text("number");
		api.post("/api/cases/" + number + "/dispatch", Map.of("leadUnit", CaseLifecycleApiTests.JUDICIAL), "desk.longtou");
		assertThat(api.post("/api/cases/" + number + "/accept", Map.of(), "judicial.longtou").status()).isEqualTo(200);
		return number;
	}

	private long count(String sql, long id) {
		String number = jdbc.sql("SELECT number FROM cases WHERE id = :id").param("id", id).query(String.class).single();
		JdbcClient.StatementSpec spec = jdbc.sql(sql);
		spec = sql.contains(":id") ? spec.param("id", id) : spec;
		return (sql.contains(":number") ? spec.param("number", number) : spec).query(Long.class).single();
	}

	private static <T> T awaitThen(CyclicBarrier barrier, java.util.function.Supplier<T> action) {
		try {
			barrier.await();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return action.get();
	}
}
