package org.fengqiao.people.special;

import java.time.Clock;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.files.FileAccessPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A visit's photos are read by whoever may read its file (never by county viewers). */
@Component
class RecordFileAccess implements FileAccessPolicy {

	private final JdbcClient jdbc;
	private final FileRepository files;
	private final Clock clock;

	RecordFileAccess(JdbcClient jdbc, FileRepository files, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.clock = clock;
	}

	@Override
	public String recordType() {
		return FollowUpRecords.RECORD_TYPE;
	}

	@Override
	public boolean canRead(String recordId, Caller caller) {
		if (!recordId.matches("\\d{1,18}") || (caller.has(Role.COUNTY_VIEWER) && !caller.isAdmin())) {
			return false;
		}
		return jdbc.sql("SELECT file_id FROM special_population_records WHERE id = :id").param("id", Long.parseLong(recordId))
			.query(Long.class).optional().flatMap(file -> files.find(file, caller.scope(), clock.instant())).isPresent();
	}
}
