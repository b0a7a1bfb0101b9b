package org.fengqiao.platform.files;

import java.time.Clock;

import org.fengqiao.platform.FengqiaoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfig {

	private static final Logger log = LoggerFactory.getLogger(FilesConfig.class);

	/** Warns when Spring's multipart limits would refuse a file before the upload limit can. */
	FilesConfig(FilesProperties files, ObjectProvider<MultipartProperties> multipart) {
		multipart.ifAvailable(m -> {
			long limit = files.maxSize().toBytes();
			if (smaller(m.getMaxFileSize().toBytes(), limit) || smaller(m.getMaxRequestSize().toBytes(), limit)) {
				log.warn("spring.servlet.multipart limits ({} per file, {} per request) are below fengqiao.files.max-size "
						+ "({}): large uploads are refused as upload.too-large", m.getMaxFileSize(),
						m.getMaxRequestSize(), files.maxSize());
			}
		});
	}

	@Bean
	@ConditionalOnMissingBean(FileStorage.class)
	LocalFileStorage localFileStorage(FengqiaoProperties properties, Clock clock) {
		return new LocalFileStorage(properties.dataDir().resolve("files"), clock);
	}

	/** A negative multipart limit means none. */
	private static boolean smaller(long multipartLimit, long uploadLimit) {
		return multipartLimit >= 0 && multipartLimit < uploadLimit;
	}
}
