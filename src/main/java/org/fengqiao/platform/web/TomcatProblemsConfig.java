package org.fengqiao.platform.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces Tomcat's HTML error report valve on the host with {@link ProblemReportValve}. The context is already
 * added to its host when context customizers run, and Tomcat adds its own report valve at start only when none of
 * the configured class is in the host's pipeline.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(StandardHost.class)
class TomcatProblemsConfig {

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(
			ObjectProvider<ProblemWriter> responses) {
		return factory -> factory.addContextCustomizers((TomcatContextCustomizer) context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
				host.getPipeline().addValve(new ProblemReportValve(responses));
			}
		});
	}
}
