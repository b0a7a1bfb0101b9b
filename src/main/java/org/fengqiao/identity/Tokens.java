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

import org.fengqiao.directory.Directory;
import org.fengqiao.platform.FengqiaoProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Opaque bearer tokens: 256 random bits given to the client, only their SHA-256 kept in the database,
 * so any node can check any token. Each node remembers live tokens for a few seconds ({@link TokenCache}):
 * a logout or password change takes effect at once on the node that handles it, and on the other nodes
 * within {@link TokenCache#TTL}.
 */
@Component
class Tokens {

	record Issued(String token, Instant expiresAt) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;
	private final FengqiaoProperties properties;
	private final TokenCache cache;
	private final Directory directory;

	Tokens(JdbcClient jdbc, Clock clock, FengqiaoProperties properties, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
		this.properties = properties;
		this.cache = new TokenCache(clock);
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

	/** The enabled user a live token belongs to, with its grids when its scope needs them. */
	Optional<UserAccount> user(String token) {
		byte[] hash = hash(token);
		String key = Base64.getEncoder().encodeToString(hash);
		Optional<UserAccount> cached = cache.get(key);
		if (cached.isPresent()) {
			return cached;
		}
		long generation = cache.generation();
		record Live(UserAccount user, Instant expiresAt) {
		}
		Optional<Live> live = jdbc.sql("SELECT t.expires_at, " + UserRepository.COLUMNS + """
				FROM auth_tokens t JOIN users u ON u.username = t.username
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND t.expires_at > :now AND u.enabled
				""").param("hash", hash).param("now", Timestamp.from(clock.instant()))
			.query((rs, i) -> new Live(UserRepository.map(rs, i), rs.getTimestamp("expires_at").toInstant())).optional()
			.map(l -> l.user().needsGrids() ? new Live(l.user().withGrids(directory.gridCodesOf(l.user().staffId())),
					l.expiresAt()) : l);
		live.ifPresent(l -> cache.put(key, l.user(), l.expiresAt(), generation));
		return live.map(Live::user);
	}

	void revoke(String token) {
		byte[] hash = hash(token);
		jdbc.sql("UPDATE auth_tokens SET revoked_at = :now WHERE token_hash = :hash AND revoked_at IS NULL")
			.param("hash", hash).param("now", Timestamp.from(clock.instant())).update();
		String key = Base64.getEncoder().encodeToString(hash);
		forgetNowAndAfterCommit(() -> cache.forget(key));
	}

	void revokeAll(String username) {
		jdbc.sql("UPDATE auth_tokens SET revoked_at = :now WHERE username = :username AND revoked_at IS NULL")
			.param("username", username).param("now", Timestamp.from(clock.instant())).update();
		forgetNowAndAfterCommit(() -> cache.forgetUser(username));
	}

	/** Inside a transaction the revocation is visible to other lookups only after the commit: forget again then. */
	private static void forgetNowAndAfterCommit(Runnable forget) {
		forget.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget.run();
				}
			});
		}
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
