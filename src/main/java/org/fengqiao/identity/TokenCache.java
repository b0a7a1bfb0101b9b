package org.fengqiao.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A short per-node memory of which user a token belongs to, so most requests skip the token query. Only live
 * tokens are kept (never an unknown one), each for at most {@link #TTL} and never past its expiry, at most
 * {@link #MAX_ENTRIES} of them.
 * <p>
 * Trade-off: a logout or password change on this node takes effect here at once (the token, or all of the
 * user's tokens, are forgotten), but one made on another node of a cluster takes effect on this node only when
 * the entry runs out, i.e. within {@link #TTL}; nodes share nothing but the database.
 */
final class TokenCache {

	static final Duration TTL = Duration.ofSeconds(5);
	static final int MAX_ENTRIES = 10_000;

	private record Entry(UserAccount user, Instant cachedAt, Instant expiresAt) {
	}

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();
	/** Moves on every forget, so a lookup that read the database before a revocation does not cache it. */
	private final AtomicLong generation = new AtomicLong();
	private final Clock clock;

	TokenCache(Clock clock) {
		this.clock = clock;
	}

	Optional<UserAccount> get(String tokenHash) {
		Entry e = entries.get(tokenHash);
		if (e == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		if (now.isBefore(e.cachedAt()) || !now.isBefore(e.cachedAt().plus(TTL)) || !now.isBefore(e.expiresAt())) {
			entries.remove(tokenHash, e);
			return Optional.empty();
		}
		return Optional.of(e.user());
	}

	/** The generation to pass to {@link #put}: read it before the database lookup. */
	long generation() {
		return generation.get();
	}

	void put(String tokenHash, UserAccount user, Instant expiresAt, long readAtGeneration) {
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(tokenHash, new Entry(user, clock.instant(), expiresAt));
		if (generation.get() != readAtGeneration) {
			entries.remove(tokenHash); // a revocation ran meanwhile: the row read may be stale
		}
	}

	void forget(String tokenHash) {
		generation.incrementAndGet();
		entries.remove(tokenHash);
	}

	void forgetUser(String username) {
		generation.incrementAndGet();
		entries.values().removeIf(e -> e.user().username().equals(username));
	}
}
