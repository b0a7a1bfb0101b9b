package org.fengqiao.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.fengqiao.platform.FengqiaoProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Opaque bearer tokens: 256 random bits given to the client, only their SHA-256 kept in the database,
 * so any node can check any token and logout takes effect everywhere at once.
 */
@Component
class Tokens {

	record Issued(String token, Instant expiresAt) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;
	private final FengqiaoProperties properties;

	Tokens(JdbcClient jdbc, Clock clock, FengqiaoProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	Issued issue(String username) {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		Instant now = clock.instant();
		Instant expiresAt = now.plus(properties.tokenTtl());
		jdbc.sql("INSERT INTO auth_tokens (token_hash, username, issued_at, expires_at) VALUES (:hash, :username, :now, :expires)")
			.param("hash", hash(token)).param("username", username).param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt)).update();
		return new Issued(token, expiresAt);
	}

	/** The enabled user a live token belongs to. */
	Optional<UserAccount> user(String token) {
		return jdbc.sql("SELECT " + UserRepository.COLUMNS + """
				FROM auth_tokens t JOIN users u ON u.username = t.username
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.enabled
				""").param("hash", hash(token)).param("now", Timestamp.from(clock.instant()))
			.query(UserRepository::map).optional();
	}

	void revoke(String token) {
		jdbc.sql("UPDATE auth_tokens SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash(token)).param("now", Timestamp.from(clock.instant())).update();
	}

	void revokeAll(String username) {
		jdbc.sql("UPDATE auth_tokens SET revoked_at = :now WHERE username = :username AND revoked_at IS NULL")
			.param("username", username).param("now", Timestamp.from(clock.instant())).update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purgeExpired() {
		jdbc.sql("DELETE FROM auth_tokens WHERE expires_at < :cutoff")
			.param("cutoff", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(1)))).update();
	}

	private static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
