package org.fengqiao.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.ScopeSql.Part;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The villages' daily reports (seen inside the caller's regions) and each town's deadline. */
@Repository
class DailyReportRepository {

	/** Which reports a caller sees: those of villages inside its regions. */
	static final ScopeSql.Rule VISIBLE = ScopeSql.rule(Part.REGION, "d.region_code");

	record Row(String regionCode, LocalDate date, boolean nothingToReport, String content, Instant submittedAt,
			String submittedBy) {
	}

	private static final String RANGE = VISIBLE.sql("""
			SELECT d.region_code, d.report_date, d.nothing_to_report, d.content, d.submitted_at, d.submitted_by
			FROM daily_reports d
			WHERE d.region_code = ANY (:codes) AND d.report_date BETWEEN :from AND :to AND {scope}
			""");

	private final JdbcClient jdbc;

	DailyReportRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Row> between(List<String> villages, LocalDate from, LocalDate to, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(RANGE), scope).param("codes", villages.toArray(String[]::new))
			.param("from", from).param("to", to)
			.query((rs, i) -> new Row(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getBoolean(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getString(6)))
			.list();
	}

	void save(String village, LocalDate date, boolean nothing, String content, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO daily_reports (region_code, report_date, nothing_to_report, content, submitted_at, submitted_by)
				VALUES (:village, :date, :nothing, :content, :now, :by)
				ON CONFLICT (region_code, report_date) DO UPDATE SET nothing_to_report = EXCLUDED.nothing_to_report,
				    content = EXCLUDED.content, submitted_at = EXCLUDED.submitted_at, submitted_by = EXCLUDED.submitted_by
				""").param("village", village).param("date", date).param("nothing", nothing).param("content", content)
			.param("now", Timestamp.from(now)).param("by", by).update();
	}

	Optional<LocalTime> deadline(String town) {
		return jdbc.sql("SELECT deadline FROM daily_report_settings WHERE town_code = :town").param("town", town)
			.query((rs, i) -> rs.getTime(1).toLocalTime()).optional();
	}

	void saveDeadline(String town, LocalTime deadline, Instant now, String by) {
		jdbc.sql("""
				INSERT INTO daily_report_settings (town_code, deadline, updated_at, updated_by) VALUES (:town, :deadline, :now, :by)
				ON CONFLICT (town_code) DO UPDATE SET deadline = EXCLUDED.deadline, updated_at = EXCLUDED.updated_at,
				    updated_by = EXCLUDED.updated_by
				""").param("town", town).param("deadline", java.sql.Time.valueOf(deadline))
			.param("now", Timestamp.from(now)).param("by", by).update();
	}
}
