package org.fengqiao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fengqiao.platform.Role;
import org.fengqiao.support.MutableClock;
import org.junit.jupiter.api.Test;

class TokenCacheTest {

	private static final Instant NOW = Instant.parse("2026-03-05T06:30:00Z");
	private final MutableClock clock = new MutableClock(NOW);
	private final TokenCache cache = new TokenCache(clock);

	@Test
	void a_token_is_remembered_for_a_few_seconds_only() {
		cache.put("h1", user("desk"), NOW.plus(Duration.ofHours(8)), cache.generation());
		clock.advance(TokenCache.TTL.minusMillis(1));
		assertThat(cache.get("h1")).map(UserAccount::username).contains("desk");

		clock.advance(Duration.ofMillis(1));
		assertThat(cache.get("h1")).isEmpty();
	}

	@Test
	void a_token_is_never_remembered_past_its_expiry_or_when_the_clock_went_back() {
		cache.put("h1", user("desk"), NOW.plusSeconds(1), cache.generation());
		clock.advance(Duration.ofSeconds(1));
		assertThat(cache.get("h1")).isEmpty();

		cache.put("h2", user("desk"), NOW.plus(Duration.ofHours(8)), cache.generation());
		clock.set(NOW.minusSeconds(1));
		assertThat(cache.get("h2")).isEmpty();
	}

	@Test
	void logout_forgets_the_token_and_a_password_change_all_of_the_users_tokens() {
		cache.put("h1", user("desk"), NOW.plus(Duration.ofHours(8)), cache.generation());
		cache.put("h2", user("desk"), NOW.plus(Duration.ofHours(8)), cache.generation());
		cache.put("h3", user("police"), NOW.plus(Duration.ofHours(8)), cache.generation());

		cache.forget("h1");
		assertThat(cache.get("h1")).isEmpty();
		assertThat(cache.get("h2")).isPresent();

		cache.forgetUser("desk");
		assertThat(cache.get("h2")).isEmpty();
		assertThat(cache.get("h3")).isPresent();
	}

	@Test
	void a_lookup_that_read_the_database_before_a_revocation_is_not_remembered() {
		long before = cache.generation();
		cache.forget("h1"); // the revocation runs while the lookup is in the database

		cache.put("h1", user("desk"), NOW.plus(Duration.ofHours(8)), before);

		assertThat(cache.get("h1")).isEmpty();
	}

	private static UserAccount user(String username) {
		return new UserAccount(username, username, "hash", Set.of(Role.CENTER_STAFF), List.of("610722101000"), List.of(),
				false, null, true, 0, null);
	}
}
