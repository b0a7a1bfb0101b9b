package org.fengqiao.people.residents;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A resident's life events and register changes, read by the resident's key once the resident is in scope. */
@Repository
public class ResidentHistory {

	/** One entry of the history. */
	public record Entry(long id, String kind, LocalDate date, String destination, String note, String actor,
			OffsetDateTime recordedAt) {
	}

	private final JdbcClient jdbc;

	ResidentHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(long residentId, String kind, LocalDate on, String destination, String note, String actor,
			Instant now) {
		jdbc.sql("""
				INSERT INTO resident_events (resident_id, kind, on_date, destination, note, actor, recorded_at)
				VALUES (:resident, :kind, :on, :destination, :note, :actor, :now)
				""").param("resident", residentId).param("kind", kind).param("on", Date.valueOf(on))
			.param("destination", destination).param("note", note).param("actor", actor)
			.param("now", Timestamp.from(now)).update();
	}

	public List<Entry> of(long residentId) {
		return jdbc.sql("""
				SELECT id, kind, on_date, destination, note, actor, recorded_at FROM resident_events
				WHERE resident_id = :resident ORDER BY on_date, id
				""").param("resident", residentId)
			.query((rs, i) -> new Entry(rs.getLong("id"), rs.getString("kind"), rs.getDate("on_date").toLocalDate(),
					rs.getString("destination"), rs.getString("note"), rs.getString("actor"),
					Times.local(rs.getTimestamp("recorded_at").toInstant())))
			.list();
	}
}
