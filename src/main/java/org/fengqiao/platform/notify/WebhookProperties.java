package org.fengqiao.platform.notify;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The notification webhook ({@code fengqiao.notify.webhook.*}): off unless {@code url} is set.
 *
 * @param url where each notification is POSTed (a 政务微信 or 钉钉 bridge, an SMS gateway)
 * @param secret the shared key of the HMAC-SHA256 signature; required with a url
 * @param timeout how long one delivery may take (connect and answer) before it counts as failed
 */
@ConfigurationProperties("fengqiao.notify.webhook")
record WebhookProperties(URI url, String secret, @DefaultValue("PT10S") Duration timeout) {
}
