package org.fengqiao.platform.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.fengqiao.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookNotificationSenderTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final WebhookReceiver receiver = new WebhookReceiver();
	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T06:30:00Z"));
	private final WebhookNotificationSender sender = new WebhookNotificationSender(
			new WebhookProperties(receiver.url(), "s3cret", Duration.ofSeconds(2)), JSON, clock);

	WebhookNotificationSenderTest() throws IOException {
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	@Test
	void a_notification_arrives_as_signed_json_with_its_id_as_idempotency_key() {
		sender.send(new NotificationSender.Outgoing(42, "610722101000-JUDICIAL_OFFICE", null, null, null,
				"case", "610722101-2026-000123", "OVERDUE", "案件已超期", 0));

		assertThat(receiver.received()).singleElement().satisfies(r -> {
			assertThat(r.idempotencyKey()).isEqualTo("42");
			assertThat(r.timestamp()).isEqualTo(String.valueOf(clock.instant().getEpochSecond()));
			assertThat(r.signature()).isEqualTo("sha256=" + hmacAsReceiverComputesIt("s3cret", r.timestamp(), r.body()));
			JsonNode body = JSON.readTree(r.body());
			assertThat(body.get("id").asLong()).isEqualTo(42);
			assertThat(body.get("recipientUnit").asString()).isEqualTo("610722101000-JUDICIAL_OFFICE");
			assertThat(body.get("recipientUser").isNull()).isTrue();
			assertThat(body.get("kind").asString()).isEqualTo("OVERDUE");
			assertThat(body.get("message").asString()).isEqualTo("案件已超期");
			assertThat(body.get("recordType").asString()).isEqualTo("case");
			assertThat(body.get("recordId").asString()).isEqualTo("610722101-2026-000123");
		});
	}

	@Test
	void a_signature_made_with_another_secret_does_not_match() {
		sender.send(new NotificationSender.Outgoing(7, null, "grid.liuyi", null, null, null, null, "WARNING", "即将到期", 0));

		WebhookReceiver.Received r = receiver.received().get(0);
		assertThat(r.signature()).isNotEqualTo("sha256=" + hmacAsReceiverComputesIt("other", r.timestamp(), r.body()));
	}

	@Test
	void an_answer_other_than_2xx_is_a_failure_for_the_outbox_to_retry() {
		receiver.answerNext(500);

		assertThatThrownBy(() -> sender.send(new NotificationSender.Outgoing(8, null, "grid.liuyi", null, null, null, null, "WARNING", "即将到期", 0)))
			.hasMessageContaining("500");
	}

	@Test
	void a_url_without_a_secret_is_refused_at_start() {
		assertThatThrownBy(() -> new WebhookNotificationSender(new WebhookProperties(receiver.url(), " ",
				Duration.ofSeconds(1)), JSON, clock)).isInstanceOf(IllegalStateException.class);
	}

	/** Recomputed independently of the sender, as a receiver would. */
	private static String hmacAsReceiverComputesIt(String secret, String timestamp, String body) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8),
					"HmacSHA256"));
			return java.util.HexFormat.of().formatHex(
					mac.doFinal((timestamp + "." + body).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		} catch (java.security.GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
