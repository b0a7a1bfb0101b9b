package org.fengqiao.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Fengqiao's own settings ({@code fengqiao.*}, or the FENGQIAO_* environment variables).
 *
 * @param dataDir holds the embedded database and uploaded files
 * @param embeddedPersistent false gives the embedded database a fresh temporary directory (tests)
 * @param encryptionKey base64 of 32 bytes for personal data at rest
 * @param tokenTtl how long a login token lives
 */
@ConfigurationProperties("fengqiao")
public record FengqiaoProperties(@DefaultValue("${user.home}/.fengqiao") Path dataDir,
		@DefaultValue("true") boolean embeddedPersistent, String encryptionKey,
		@DefaultValue("PT8H") Duration tokenTtl, String adminPassword, String tileUrl,
		@DefaultValue("WGS84") String tileCrs) {
}
