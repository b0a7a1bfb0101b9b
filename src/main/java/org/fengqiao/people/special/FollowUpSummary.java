package org.fengqiao.people.special;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "No lost contact" per village, over the files the caller may read (county viewers included: counts only):
 * persons under management, key persons, visits due this week (periods ending Monday–Sunday of this week),
 * visits overdue now, and the share of the last twelve months' visits recorded within their period.
 */
@Component
class FollowUpSummary {

	/** One village's figures; {@code onTimeRate} 0–1 to 4 places, null before any period has ended. */
	record Village(String regionCode, long persons, long keyPersons, long dueThisWeek, long overdue, BigDecimal onTimeRate) {
	}

	private static final String SQL = SpecialFileVisibility.RULE.sql("""
			WITH fl AS (SELECT f.id, f.region_code, f.key_person FROM special_populations f
			            WHERE {scope} AND f.active AND (CAST(:region AS text) IS NULL OR f.region_code LIKE :region))
			SELECT fl.region_code, count(*) AS persons, count(*) FILTER (WHERE fl.key_person) AS key_persons,
			       coalesce(sum(d.due_week), 0) AS due_week, coalesce(sum(d.overdue), 0) AS overdue,
			       coalesce(sum(d.ended), 0) AS ended, coalesce(sum(d.on_time), 0) AS on_time
			FROM fl LEFT JOIN LATERAL (
			    SELECT count(*) FILTER (WHERE period_end BETWEEN :monday AND :sunday) AS due_week,
			           count(*) FILTER (WHERE done_at IS NULL AND due_at <= :now) AS overdue,
			           count(*) FILTER (WHERE due_at <= :now AND due_at > :since) AS ended,
			           count(*) FILTER (WHERE due_at <= :now AND due_at > :since AND done_at <= due_at) AS on_time
			    FROM follow_up_duties WHERE file_id = fl.id AND duty = 'VISIT') d ON true
			GROUP BY fl.region_code ORDER BY fl.region_code
			""");

	private final JdbcClient jdbc;
	private final Clock clock;

	FollowUpSummary(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	List<Village> byVillage(String regionPrefix, Caller caller) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return ScopeSql.bind(jdbc.sql(SQL), caller.scope()).param("region", regionPrefix == null ? null : regionPrefix + "%")
			.param("monday", monday).param("sunday", monday.plusDays(6)).param("now", Timestamp.from(clock.instant()))
			.param("since", Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(365))))
			.query((rs, i) -> {
				long ended = rs.getLong("ended");
				return new Village(rs.getString("region_code"), rs.getLong("persons"), rs.getLong("key_persons"),
						rs.getLong("due_week"), rs.getLong("overdue"), ended == 0 ? null
								: BigDecimal.valueOf(rs.getLong("on_time")).divide(BigDecimal.valueOf(ended), 4, RoundingMode.HALF_UP));
			}).list();
	}
}
