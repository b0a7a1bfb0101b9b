package org.fengqiao.people.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.platform.FengqiaoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Where error workbooks live: a file per job under the data directory, a row saying whose it is. Only the
 * importing user reads one; each is deleted 7 days after the import (checked hourly).
 */
@Component
class ErrorWorkbooks {

	static final Duration KEPT = Duration.ofDays(7);
	private static final Logger log = LoggerFactory.getLogger(ErrorWorkbooks.class);

	private final JdbcClient jdbc;
	private final Path folder;
	private final Clock clock;

	ErrorWorkbooks(JdbcClient jdbc, FengqiaoProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.folder = properties.dataDir().resolve("imports").resolve("errors");
		this.clock = clock;
	}

	Path file(UUID job) {
		return folder.resolve(job + ".xlsx");
	}

	void register(UUID job, String createdBy, int rows) {
		jdbc.sql("""
				INSERT INTO people_import_errors (job_id, created_by, file_name, rows, created_at)
				VALUES (:job, :createdBy, :fileName, :rows, :now)
				""").param("job", job).param("createdBy", createdBy).param("fileName", job + ".xlsx")
			.param("rows", rows).param("now", Timestamp.from(clock.instant())).update();
	}

	boolean exists(UUID job) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM people_import_errors WHERE job_id = :job)").param("job", job)
			.query(Boolean.class).single();
	}

	/** The file of the caller's own import, while it is kept. */
	Optional<Path> ownedBy(UUID job, String username) {
		return jdbc.sql("""
				SELECT file_name FROM people_import_errors WHERE job_id = :job AND created_by = :user AND created_at > :since
				""").param("job", job).param("user", username)
			.param("since", Timestamp.from(clock.instant().minus(KEPT))).query(String.class).optional()
			.map(folder::resolve).filter(Files::exists);
	}

	/** Deletes the workbooks older than 7 days, file and row. */
	@Scheduled(fixedDelayString = "${fengqiao.people.error-sweep-interval:PT1H}", initialDelayString = "PT3M")
	int sweep() {
		List<UUID> old = jdbc.sql("SELECT job_id FROM people_import_errors WHERE created_at <= :before")
			.param("before", Timestamp.from(clock.instant().minus(KEPT))).query(UUID.class).list();
		for (UUID job : old) {
			try {
				Files.deleteIfExists(file(job));
			} catch (IOException e) {
				log.warn("could not delete the error workbook of import {}", job, e);
				continue;
			}
			jdbc.sql("DELETE FROM people_import_errors WHERE job_id = :job").param("job", job).update();
		}
		return old.size();
	}
}
