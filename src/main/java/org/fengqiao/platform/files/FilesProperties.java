package org.fengqiao.platform.files;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Upload settings ({@code fengqiao.files.*}).
 *
 * @param maxSize the largest file {@code POST /api/files} accepts; it must not exceed
 *        {@code spring.servlet.multipart.max-file-size}, or the multipart parser refuses first
 * @param unattachedRetention how long an upload never attached to a record is kept before it is deleted
 */
@ConfigurationProperties("fengqiao.files")
record FilesProperties(@DefaultValue("20MB") DataSize maxSize, @DefaultValue("P7D") Duration unattachedRetention) {

	/** The limit as people write it: {@code 20 MB}, {@code 512 KB}. */
	String maxSizeText() {
		long bytes = maxSize.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return bytes / (1024 * 1024) + " MB";
		}
		return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " B";
	}
}
