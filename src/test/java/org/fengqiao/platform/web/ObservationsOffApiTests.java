package org.fengqiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.observation.ObservationRegistry;

/** The application as configured records no observation, and its security still answers every request. */
class ObservationsOffApiTests extends ApiTest {

	@Autowired
	ObservationRegistry registry;

	@Test
	void the_application_records_no_observation_and_still_refuses_a_stranger() {
		assertThat(registry.isNoop()).isTrue();
		assertThat(api.get("/api/cases", null).status()).isEqualTo(401);
		assertThat(api.get("/api/auth/me", "desk.longtou").expect(200).text("username")).isEqualTo("desk.longtou");
	}
}
