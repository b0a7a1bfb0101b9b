package org.fengqiao.platform.files;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes uploads never attached to a record within {@code fengqiao.files.unattached-retention} (7 days): first
 * the row (guarded, so a file attached meanwhile stays and only one instance deletes it), then the bytes.
 */
@Component
class UnattachedFileSweeper {

	private static final Logger log = LoggerFactory.getLogger(UnattachedFileSweeper.class);
	private static final int BATCH = 500;

	private final StoredFiles files;
	private final FileStorage storage;
	private final FilesProperties properties;
	private final Clock clock;

	UnattachedFileSweeper(StoredFiles files, FileStorage storage, FilesProperties properties, Clock clock) {
		this.files = files;
		this.storage = storage;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${fengqiao.files.sweep-interval:PT1H}", initialDelayString = "PT2M")
	void scheduled() {
		int deleted = sweep();
		if (deleted > 0) {
			log.info("deleted {} uploads never attached within {}", deleted, properties.unattachedRetention());
		}
	}

	/** Deletes the expired unattached uploads; the number deleted. */
	int sweep() {
		Instant cutoff = clock.instant().minus(properties.unattachedRetention());
		int deleted = 0;
		List<FileRow> batch;
		do {
			batch = files.unattachedSince(cutoff, BATCH);
			for (FileRow file : batch) {
				if (files.deleteUnattached(file.id())) {
					deleteBytes(file);
					deleted++;
				}
			}
		} while (batch.size() == BATCH);
		return deleted;
	}

	/** A failure leaves stray bytes without a row, never a row without bytes. */
	private void deleteBytes(FileRow file) {
		try {
			storage.delete(file.storageKey());
		} catch (IOException | RuntimeException e) {
			log.warn("could not delete the bytes of unattached upload {} ({})", file.id(), file.storageKey(), e);
		}
	}
}
