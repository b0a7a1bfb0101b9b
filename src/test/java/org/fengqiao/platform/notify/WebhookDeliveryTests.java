package org.fengqiao.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;

import org.fengqiao.support.ApiTest;
import org.fengqiao.support.MutableClock;
import org.fengqiao.support.TestClockConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications through the real outbox to a webhook: a receiver's 500 is retried after the back-off, with
 * the same idempotency key, and the others of its batch are marked sent. Its own small context (no demo data,
 * the scheduled delivery out of the way).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(TestClockConfig.class)
class WebhookDeliveryTests {

	private static final WebhookReceiver RECEIVER;

	static {
		try {
			RECEIVER = new WebhookReceiver();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) throws IOException {
		registry.add("fengqiao.data-dir", () -> tempDir());
		registry.add("fengqiao.embedded-persistent", () -> "false");
		registry.add("fengqiao.demo", () -> "false");
		registry.add("fengqiao.outbox.interval", () -> "PT24H");
		registry.add("fengqiao.notify.webhook.url", RECEIVER::url);
		registry.add("fengqiao.notify.webhook.secret", () -> "s3cret");
	}

	@AfterAll
	static void stop() {
		RECEIVER.close();
	}

	@Autowired
	NotificationOutbox center;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void a_refused_delivery_is_retried_later_under_the_same_idempotency_key() {
		clock.set(ApiTest.NOW);
		notifications.send(List.of(new Notification(Recipient.user("grid.liuyi"), "case",
				"610722101-2026-000001", "WARNING", "notification.case.warning", List.of("610722101-2026-000001",
						"宅基地纠纷"), "webhook-test-1")));
		long id = jdbc.sql("SELECT id FROM notifications WHERE dedup_key = 'webhook-test-1'").query(Long.class).single();
		RECEIVER.answerNext(500);

		center.deliver();
		assertThat(sent(id)).isFalse();
		center.deliver();
		assertThat(receivedFor(id)).hasSize(1);

		clock.advance(Duration.ofSeconds(31));
		center.deliver();

		assertThat(sent(id)).isTrue();
		assertThat(receivedFor(id)).hasSize(2)
			.allSatisfy(r -> assertThat(r.body()).contains("案件临近办理时限：610722101-2026-000001 宅基地纠纷"));
	}

	@Test
	void of_one_batch_the_delivered_are_marked_sent_and_the_refused_one_waits_for_its_retry() {
		clock.set(ApiTest.NOW);
		notifications.send(List.of(warning("webhook-batch-a"), warning("webhook-batch-b")));
		long a = idOf("webhook-batch-a");
		long b = idOf("webhook-batch-b");
		RECEIVER.answerNext(500);

		center.deliver();
		assertThat(List.of(sent(a), sent(b))).containsExactlyInAnyOrder(true, false);
		long refused = sent(a) ? b : a;
		assertThat(receivedFor(refused)).hasSize(1);

		clock.advance(Duration.ofSeconds(31));
		center.deliver();

		assertThat(sent(a)).isTrue();
		assertThat(sent(b)).isTrue();
		assertThat(receivedFor(refused)).hasSize(2);
		assertThat(receivedFor(refused == a ? b : a)).hasSize(1);
	}

	private static Notification warning(String dedupKey) {
		return new Notification(Recipient.user("grid.liuyi"), "case", "610722101-2026-000002", "WARNING",
				"notification.case.warning", List.of("610722101-2026-000002", "邻里纠纷"), dedupKey);
	}

	private long idOf(String dedupKey) {
		return jdbc.sql("SELECT id FROM notifications WHERE dedup_key = :key").param("key", dedupKey).query(Long.class)
			.single();
	}

	private List<WebhookReceiver.Received> receivedFor(long id) {
		return RECEIVER.received().stream().filter(r -> r.idempotencyKey().equals(String.valueOf(id))).toList();
	}

	private boolean sent(long id) {
		return jdbc.sql("SELECT sent_at IS NOT NULL FROM notification_outbox WHERE notification_id = :id").param("id", id)
			.query(Boolean.class).single();
	}

	private static String tempDir() {
		try {
			return Files.createTempDirectory("fengqiao-webhook").toString();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
