package org.fengqiao.platform.imports;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import_jobs table: one row per uploaded file, updated as the job runs. */
@Repository
class ImportJobs {

	record Job(UUID id, String kind, String status, String createdBy, long total, long processed, long accepted,
			long rejected, String error, List<String> rejections) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	ImportJobs(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID create(String kind, String fileName, String createdBy) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO import_jobs (id, kind, file_name, status, created_by, created_at)
				VALUES (:id, :kind, :fileName, 'QUEUED', :createdBy, :now)
				""").param("id", id).param("kind", kind).param("fileName", fileName).param("createdBy", createdBy)
			.param("now", Timestamp.from(clock.instant())).update();
		return id;
	}

	void running(UUID id) {
		jdbc.sql("UPDATE import_jobs SET status = 'RUNNING' WHERE id = :id AND status = 'QUEUED'").param("id", id).update();
	}

	void total(UUID id, long total) {
		jdbc.sql("UPDATE import_jobs SET total = :total WHERE id = :id").param("id", id).param("total", total).update();
	}

	void processed(UUID id, long processed) {
		jdbc.sql("UPDATE import_jobs SET processed = :processed WHERE id = :id").param("id", id)
			.param("processed", processed).update();
	}

	void succeeded(UUID id, Importer.ImportOutcome outcome) {
		jdbc.sql("""
				UPDATE import_jobs SET status = 'SUCCEEDED', total = :total, processed = :total, accepted = :accepted,
				       rejected = :rejected, rejections = :rejections, finished_at = :now
				WHERE id = :id
				""").param("id", id).param("total", outcome.total()).param("accepted", outcome.accepted())
			.param("rejected", outcome.rejected()).param("rejections", outcome.rejections().toArray(String[]::new))
			.param("now", Timestamp.from(clock.instant())).update();
	}

	void failed(UUID id, String error) {
		jdbc.sql("UPDATE import_jobs SET status = 'FAILED', error = :error, finished_at = :now WHERE id = :id")
			.param("id", id).param("error", error).param("now", Timestamp.from(clock.instant())).update();
	}

	Optional<Job> find(UUID id) {
		return jdbc.sql("""
				SELECT id, kind, status, created_by, total, processed, accepted, rejected, error, rejections
				FROM import_jobs WHERE id = :id
				""").param("id", id).query((rs, i) -> new Job(rs.getObject("id", UUID.class), rs.getString("kind"),
				rs.getString("status"), rs.getString("created_by"), rs.getLong("total"), rs.getLong("processed"),
				rs.getLong("accepted"), rs.getLong("rejected"), rs.getString("error"),
				rs.getArray("rejections") == null ? List.of() : List.of((String[]) rs.getArray("rejections").getArray())))
			.optional();
	}
}
