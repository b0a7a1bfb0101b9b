package org.fengqiao.platform.notify;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.json.JsonMapper;

/** The webhook sender, only when {@code fengqiao.notify.webhook.url} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class NotifyConfig {

	@Bean
	@ConditionalOnProperty(prefix = "fengqiao.notify.webhook", name = "url")
	WebhookNotificationSender webhookNotificationSender(WebhookProperties properties, JsonMapper json, Clock clock) {
		return new WebhookNotificationSender(properties, json, clock);
	}
}
