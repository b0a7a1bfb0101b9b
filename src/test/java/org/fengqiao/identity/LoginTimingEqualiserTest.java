package org.fengqiao.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class LoginTimingEqualiserTest {

	private final PasswordEncoder encoder = new SecurityConfig().passwordEncoder();

	@Test
	void an_unknown_user_is_checked_against_a_hash_of_the_same_cost_as_a_real_password() {
		String real = encoder.encode("Secret#2026");

		assertThat(Accounts.DUMMY_HASH.substring(0, 7)).isEqualTo(real.substring(0, 7));
		assertThat(encoder.upgradeEncoding(Accounts.DUMMY_HASH)).isFalse();
	}
}
