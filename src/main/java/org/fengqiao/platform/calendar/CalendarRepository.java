package org.fengqiao.platform.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code calendar_days} table: the dates that differ from a plain Monday–Friday week. */
@Repository
class CalendarRepository {

	private static final String SELECT = "SELECT day, kind, name FROM calendar_days";
	private static final String IN_YEAR = " WHERE day >= :first AND day < :next";
	private static final String INSERT = """
			INSERT INTO calendar_days (day, kind, name, updated_at, updated_by)
			VALUES (?, ?, ?, ?, ?)
			""";
	/**
	 * Changes whenever any entry changes, whatever the clocks of the nodes that wrote it: a digest of
	 * the content itself (sha256, as md5 is refused on FIPS servers). Some 70 rows a year: cheap.
	 */
	private static final String FINGERPRINT = """
			SELECT encode(sha256(convert_to(coalesce(string_agg(to_char(day, 'YYYY-MM-DD') || kind || name, '|'
			       ORDER BY day), ''), 'UTF8')), 'hex')
			FROM calendar_days
			""";
	/** Serializes replacements of one year, so that two administrators saving at once cannot collide. */
	private static final String LOCK_YEAR = "SELECT 1 FROM pg_advisory_xact_lock(hashtext('calendar_days'), :year)";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	CalendarRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	List<CalendarDay> all() {
		return jdbc.sql(SELECT + " ORDER BY day").query(CalendarRepository::map).list();
	}

	List<CalendarDay> year(int year) {
		return inYear(jdbc.sql(SELECT + IN_YEAR + " ORDER BY day"), year).query(CalendarRepository::map).list();
	}

	String fingerprint() {
		return jdbc.sql(FINGERPRINT).query(String.class).single();
	}

	/** Replaces every entry of the year; call inside a transaction. */
	void replaceYear(int year, List<CalendarDay> days, Instant now, String username) {
		jdbc.sql(LOCK_YEAR).param("year", year).query(Integer.class).single();
		inYear(jdbc.sql("DELETE FROM calendar_days" + IN_YEAR), year).update();
		Timestamp at = Timestamp.from(now);
		template.batchUpdate(INSERT, days, 400, (ps, d) -> {
			ps.setObject(1, d.date());
			ps.setString(2, d.kind().name());
			ps.setString(3, d.name());
			ps.setTimestamp(4, at);
			ps.setString(5, username);
		});
	}

	private static JdbcClient.StatementSpec inYear(JdbcClient.StatementSpec spec, int year) {
		return spec.param("first", LocalDate.of(year, 1, 1)).param("next", LocalDate.of(year + 1, 1, 1));
	}

	private static CalendarDay map(ResultSet rs, int row) throws SQLException {
		return new CalendarDay(rs.getObject("day", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
				rs.getString("name"));
	}
}
