package org.fengqiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.observation.ObservationRegistry;

/** Observations cost nothing while all are off, and come back with the first one turned on. */
class ObservationsOffTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(ObservationsOff.class);

	@Test
	void with_every_observation_off_the_registry_records_nothing() {
		runner.withPropertyValues("management.observations.enable.all=false")
			.run(context -> assertThat(context.getBean(ObservationRegistry.class).isNoop()).isTrue());
	}

	@Test
	void one_observation_turned_back_on_leaves_the_registry_to_boot() {
		runner
			.withPropertyValues("management.observations.enable.all=false",
					"management.observations.enable.http.server.requests=true")
			.run(context -> assertThat(context).doesNotHaveBean(ObservationRegistry.class));
	}

	@Test
	void without_the_switch_the_registry_is_left_to_boot() {
		runner.run(context -> assertThat(context).doesNotHaveBean(ObservationRegistry.class));
	}
}
