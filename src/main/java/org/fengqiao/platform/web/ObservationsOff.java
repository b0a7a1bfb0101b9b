package org.fengqiao.platform.web;

import java.util.Map;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import io.micrometer.observation.ObservationRegistry;

/**
 * No observation is recorded while the configuration turns them all off ({@code management.observations.enable.all
 * =false}, as application.properties does: nothing is exported). Boot's registry would still be asked, by a property
 * lookup on every observation's name, whether to record each one: the HTTP request's, and one per Spring Security
 * filter, which Security wraps each in — 2.5% of the server's CPU under the lifecycle load (issue 15). The no-op
 * registry answers at once and Security does not wrap its filters. Turn one observation back on
 * ({@code management.observations.enable.http.server.requests=true}) and Boot's own registry is back.
 */
@Configuration(proxyBeanMethods = false)
class ObservationsOff {

	@Bean
	@Conditional(AllObservationsOff.class)
	ObservationRegistry observationRegistry() {
		return ObservationRegistry.NOOP;
	}

	/** {@code management.observations.enable.all} is false and no other observation is enabled. */
	static final class AllObservationsOff implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			Map<String, Boolean> enabled = Binder.get(context.getEnvironment())
				.bind("management.observations.enable", Bindable.mapOf(String.class, Boolean.class))
				.orElse(Map.of());
			return Boolean.FALSE.equals(enabled.get("all")) && !enabled.containsValue(Boolean.TRUE);
		}
	}
}
