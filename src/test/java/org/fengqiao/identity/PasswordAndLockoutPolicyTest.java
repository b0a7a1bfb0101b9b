package org.fengqiao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordAndLockoutPolicyTest {

	@ParameterizedTest
	@ValueSource(strings = { "Demo#2026", "abcDEF12", "abc#12345", "ABC#defgh" })
	void a_password_of_eight_with_three_classes_is_accepted(String password) {
		assertThat(PasswordPolicy.accepts(password)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ab#1234", "abcdefgh", "abcdefg1", "ABCDEFG#", "12345678#" })
	void a_short_or_two_class_password_is_refused(String password) {
		assertThat(PasswordPolicy.accepts(password)).isFalse();
	}

	@Test
	void the_fifth_failure_locks_for_fifteen_minutes() {
		Instant now = Instant.parse("2026-03-05T06:30:00Z");
		LockoutPolicy policy = LockoutPolicy.DEFAULT;

		assertThat(policy.lockAfter(4, now)).isNull();
		Instant until = policy.lockAfter(5, now);
		assertThat(until).isEqualTo(Instant.parse("2026-03-05T06:45:00Z"));
		assertThat(policy.isLocked(until, now.plusSeconds(899))).isTrue();
		assertThat(policy.isLocked(until, until)).isFalse();
	}
}
