package org.fengqiao.cases.intake;

import org.fengqiao.cases.lifecycle.CaseRows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import org.fengqiao.platform.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Intake's idempotency keys: the same key from the same user returns the first case, for {@link #KEPT} — so a
 * phone that was offline for days neither loses nor doubles a report — and is forgotten after that.
 */
@Component
public class IdempotencyKeys {

	static final Duration KEPT = Duration.ofDays(7);

	private final JdbcClient jdbc;
	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Claims a key for a request body. Returns the case an earlier request with this key created, or null when
	 * the key is new (a concurrent request with the same key waits on the key row until this one commits); the
	 * same key with another body is 422.
	 */
	public Long claim(String username, String key, String body) {
		byte[] hash = sha256(body);
		int claimed = jdbc.sql("""
				INSERT INTO case_idempotency_keys (username, key, request_hash, created_at)
				VALUES (:user, :key, :hash, :now) ON CONFLICT (username, key) DO NOTHING
				""").param("user", username).param("key", key).param("hash", hash)
			.param("now", CaseRows.ts(clock.instant())).update();
		if (claimed == 1) {
			return null;
		}
		record Earlier(byte[] hash, Long caseId) {
		}
		Earlier earlier = jdbc.sql("SELECT request_hash, case_id FROM case_idempotency_keys WHERE username = :user AND key = :key")
			.param("user", username).param("key", key)
			.query((rs, i) -> new Earlier(rs.getBytes("request_hash"), (Long) rs.getObject("case_id"))).single();
		if (!Arrays.equals(earlier.hash(), hash)) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency.mismatch");
		}
		return earlier.caseId();
	}

	/** Forgets keys older than {@link #KEPT}; answers how many. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	int forgetExpired() {
		return jdbc.sql("DELETE FROM case_idempotency_keys WHERE created_at < :before")
			.param("before", CaseRows.ts(clock.instant().minus(KEPT))).update();
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
