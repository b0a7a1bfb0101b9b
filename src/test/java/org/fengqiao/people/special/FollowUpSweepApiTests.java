package org.fengqiao.people.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.platform.FengqiaoProperties;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.platform.deadline.DeadlineSweeper;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

class FollowUpSweepApiTests extends ApiTest {

	/** Saturday 2026-03-07 00:00:01 in Shanghai: 2 days before the week of 2026-03-02 ends. */
	static final Instant SATURDAY = Instant.parse("2026-03-06T16:00:01Z");
	/** Monday 2026-03-09 00:00:01 in Shanghai: that week is over. */
	static final Instant NEXT_MONDAY = Instant.parse("2026-03-08T16:00:01Z");

	@Autowired
	DeadlineSweeper sweeper;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Autowired
	DataSource dataSource;

	@Autowired
	FengqiaoProperties properties;

	@Test
	void an_unrecorded_weekly_visit_warns_the_team_two_days_before_the_week_ends_and_a_recorded_one_does_not() {
		long missed = keyPerson();
		long visited = keyPerson();
		api.post("/api/special-populations/" + visited + "/visits", SpecialPopulationApiTests.visit(), "grid.liuyi").expect(201);

		setClock(SATURDAY);
		sweeper.sweep();
		sweeper.sweep();

		assertThat(notifications(missed, FollowUpDeadlines.WARNING)).isEqualTo(1);
		assertThat(notifications(visited, FollowUpDeadlines.WARNING)).isZero();
		assertThat(api.get("/api/notifications?unread=true&size=200", "grid.liuyi").expect(200).field("items").valueStream()
			.filter(n -> n.path("recordId").asString().equals(String.valueOf(missed)))
			.map(n -> n.path("message").asString())).singleElement().asString().contains("尚未记录");
		assertThat(api.get("/api/special-populations?overdue=false&size=200", "grid.liuyi").expect(200).field("items")
			.valueStream().map(i -> i.path("id").asLong())).contains(missed, visited);
	}

	@Test
	void two_application_instances_alert_the_team_and_the_town_leaders_once_when_the_week_ends_unvisited() throws Exception {
		long missed = keyPerson();
		setClock(NEXT_MONDAY);
		try (ConfigurableApplicationContext second = secondInstance()) {
			DeadlineSweeper other = second.getBean(DeadlineSweeper.class);
			CyclicBarrier start = new CyclicBarrier(2);
			CompletableFuture<Map<String, Integer>> a = CompletableFuture.supplyAsync(() -> awaitThen(start, sweeper::sweep));
			CompletableFuture<Map<String, Integer>> b = CompletableFuture.supplyAsync(() -> awaitThen(start, other::sweep));
			assertThat(a.get().get("follow-up-overdue") + b.get().get("follow-up-overdue")).isGreaterThanOrEqualTo(1);
		}
		sweeper.sweep();

		// the team's account (grid.liuyi) and the town's center leaders, each once
		assertThat(notifications(missed, FollowUpDeadlines.OVERDUE)).isEqualTo(2);
		assertThat(api.get("/api/notifications?unread=true&size=200", "leader.longtou").expect(200).field("items").valueStream()
			.filter(n -> n.path("recordId").asString().equals(String.valueOf(missed))
					&& n.path("kind").asString().equals(FollowUpDeadlines.OVERDUE))).hasSize(1);
		assertThat(api.get("/api/special-populations?overdue=true&size=200", "grid.liuyi").expect(200).field("items")
			.valueStream().map(i -> i.path("id").asLong())).contains(missed);
		// the new week's duty was scheduled by the sweep
		assertThat(api.get("/api/special-populations/" + missed, "grid.liuyi").expect(200).field("duties").valueStream()
			.filter(d -> d.path("duty").asString().equals("VISIT")).map(d -> d.path("periodStart").asString()))
			.contains("2026-03-09", "2026-03-02");
	}

	private long keyPerson() {
		return SpecialFixtures.createFile(api, SpecialFixtures.resident(jdbc, cipher, clock.instant(), SpecialPopulationApiTests.LIUYI),
				"07", Map.of("petitionMatter", "征地补偿"), true);
	}

	private long notifications(long file, String kind) {
		return jdbc.sql("SELECT count(*) FROM notifications WHERE record_type = 'special-population' AND record_id = :id AND kind = :kind")
			.param("id", String.valueOf(file)).param("kind", kind).query(Long.class).single();
	}

	private static <T> T awaitThen(CyclicBarrier barrier, Supplier<T> action) {
		try {
			barrier.await();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
		return action.get();
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
}
