package org.fengqiao.platform.files;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code stored_files} table. */
@Repository
class StoredFiles {

	private static final String SELECT = """
			SELECT id, name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at,
			       record_type, record_id, attached_at
			FROM stored_files
			""";

	private static final String INSERT = """
			INSERT INTO stored_files (id, name, content_type, size, sha256, storage_key, uploaded_by, uploaded_at)
			VALUES (:id, :name, :contentType, :size, :sha256, :storageKey, :uploadedBy, :uploadedAt)
			""";

	/** Guarded: only a file not yet attached; a concurrent attach makes this touch no row. */
	private static final String ATTACH = """
			UPDATE stored_files SET record_type = :recordType, record_id = :recordId, attached_at = :at
			WHERE id = :id AND record_id IS NULL
			""";

	/** Guarded: a file attached meanwhile is kept. */
	private static final String DELETE_UNATTACHED = """
			DELETE FROM stored_files WHERE id = :id AND record_id IS NULL
			""";

	private final JdbcClient jdbc;

	StoredFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(FileRow file) {
		jdbc.sql(INSERT)
			.param("id", file.id())
			.param("name", file.name())
			.param("contentType", file.contentType())
			.param("size", file.size())
			.param("sha256", file.sha256())
			.param("storageKey", file.storageKey())
			.param("uploadedBy", file.uploadedBy())
			.param("uploadedAt", Timestamp.from(file.uploadedAt()))
			.update();
	}

	Optional<FileRow> find(UUID id) {
		return jdbc.sql(SELECT + "WHERE id = :id").param("id", id).query(StoredFiles::row).optional();
	}

	List<FileRow> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(SELECT + "WHERE id IN (:ids)").param("ids", ids).query(StoredFiles::row).list();
	}

	List<FileRow> attachedTo(String recordType, String recordId) {
		return jdbc.sql(SELECT + "WHERE record_type = :recordType AND record_id = :recordId ORDER BY uploaded_at, id")
			.param("recordType", recordType)
			.param("recordId", recordId)
			.query(StoredFiles::row)
			.list();
	}

	/** Files never attached and uploaded before the cutoff, oldest first. */
	List<FileRow> unattachedSince(Instant cutoff, int limit) {
		return jdbc.sql(SELECT + "WHERE record_id IS NULL AND uploaded_at < :cutoff ORDER BY uploaded_at LIMIT :limit")
			.param("cutoff", Timestamp.from(cutoff))
			.param("limit", limit)
			.query(StoredFiles::row)
			.list();
	}

	/** Deletes the row of a file still unattached; false when it was attached (or deleted) meanwhile. */
	boolean deleteUnattached(UUID id) {
		return jdbc.sql(DELETE_UNATTACHED).param("id", id).update() == 1;
	}

	/** Attaches a free file; false when it was not free (any more). */
	boolean attach(UUID id, String recordType, String recordId, Instant at) {
		return jdbc.sql(ATTACH)
			.param("id", id)
			.param("recordType", recordType)
			.param("recordId", recordId)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	private static FileRow row(ResultSet rs, int rowNum) throws SQLException {
		return new FileRow(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("content_type"),
				rs.getLong("size"), rs.getBytes("sha256"), rs.getString("storage_key"), rs.getString("uploaded_by"),
				instant(rs.getTimestamp("uploaded_at")), rs.getString("record_type"), rs.getString("record_id"),
				instant(rs.getTimestamp("attached_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
