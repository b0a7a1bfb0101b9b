package org.fengqiao.platform.notify;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.json.JsonMapper;

/**
 * POSTs each notification as JSON to a webhook: {@code Idempotency-Key: <notification id>} (the outbox delivers
 * at least once: a receiver drops a key it has seen), {@code X-Fengqiao-Timestamp} (epoch seconds) and
 * {@code X-Fengqiao-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" under the shared secret>}. Any
 * answer but 2xx, or none within the timeout, is a failure the outbox retries with back-off.
 */
class WebhookNotificationSender implements NotificationSender {

	static final String SIGNATURE = "X-Fengqiao-Signature";
	static final String TIMESTAMP = "X-Fengqiao-Timestamp";

	private final WebhookProperties properties;
	private final JsonMapper json;
	private final Clock clock;
	private final HttpClient http;

	WebhookNotificationSender(WebhookProperties properties, JsonMapper json, Clock clock) {
		if (properties.url() == null || properties.secret() == null || properties.secret().isBlank()) {
			throw new IllegalStateException("fengqiao.notify.webhook.url needs fengqiao.notify.webhook.secret");
		}
		this.properties = properties;
		this.json = json;
		this.clock = clock;
		this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
	}

	@Override
	public void send(Outgoing n) {
		String body = json.writeValueAsString(body(n));
		String timestamp = String.valueOf(clock.instant().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(properties.url())
			.timeout(properties.timeout())
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", String.valueOf(n.id()))
			.header(TIMESTAMP, timestamp)
			.header(SIGNATURE, "sha256=" + sign(properties.secret(), timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		int status;
		try {
			status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		} catch (IOException e) {
			throw new IllegalStateException("webhook not reached: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while delivering to the webhook", e);
		}
		if (status / 100 != 2) {
			throw new IllegalStateException("webhook answered HTTP " + status);
		}
	}

	/** The hex HMAC-SHA256 of {@code <timestamp>.<body>}, what a receiver recomputes to check a request. */
	static String sign(String secret, String timestamp, String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Map<String, Object> body(Outgoing n) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", n.id());
		body.put("recipientUnit", n.recipientUnit());
		body.put("recipientUser", n.recipientUser());
		body.put("recipientRole", n.recipientRole());
		body.put("recipientRegion", n.recipientRegion());
		body.put("kind", n.kind());
		body.put("message", n.message());
		body.put("recordType", n.recordType());
		body.put("recordId", n.recordId());
		body.put("attempt", n.attempts() + 1);
		return body;
	}
}
