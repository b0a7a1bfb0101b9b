package org.fengqiao.people.special;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.people.special.FollowUpRule.Duty;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes each file's duties for the periods containing a day, from the follow-up table: one row per file, duty
 * and period (a second writer's row is a no-op), due at the period's end and warned 2 days before it.
 */
@Component
@ReadsAcrossScopes(reason = "schedules duties for files the caller or the sweeper already holds, by key")
public class FollowUpSchedule {

	private final JdbcClient jdbc;

	FollowUpSchedule(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public FollowUpPolicy policy() {
		return new FollowUpPolicy(jdbc.sql("""
				SELECT id, duty, category_code, risk_level, key_person, danger_min, danger_max, frequency FROM follow_up_rules
				""").query((rs, i) -> new FollowUpRule(rs.getLong(1), Duty.valueOf(rs.getString(2)), rs.getString(3),
				rs.getString(4) == null ? null : RiskLevel.valueOf(rs.getString(4)), (Boolean) rs.getObject(5),
				(Integer) rs.getObject(6, Integer.class), (Integer) rs.getObject(7, Integer.class),
				Frequency.valueOf(rs.getString(8)))).list());
	}

	/** Writes the duties of the periods containing {@code day} for one file; answers the first period end. */
	LocalDate schedule(FollowUpPolicy policy, long fileId, String category, RiskLevel risk, boolean key, Integer danger,
			LocalDate day) {
		List<FollowUpPolicy.Due> dues = policy.dueOn(day, category, risk, key, danger);
		LocalDate until = null;
		for (FollowUpPolicy.Due d : dues) {
			Frequency.Period p = d.period();
			// a duty of the same kind already running (say monthly, before the person became a key person) keeps its period
			jdbc.sql("""
					INSERT INTO follow_up_duties (file_id, duty, period_start, period_end, warn_at, due_at)
					SELECT :file, :duty, :start, :end, :warnAt, :dueAt
					WHERE NOT EXISTS (SELECT 1 FROM follow_up_duties
					                  WHERE file_id = :file AND duty = :duty AND period_end >= :day AND period_start <= :day)
					ON CONFLICT (file_id, duty, period_start) DO NOTHING
					""").param("file", fileId).param("duty", d.duty().name()).param("start", p.start()).param("end", p.end())
				.param("day", day).param("warnAt", Timestamp.from(Times.endOf(p.warnAfter())))
				.param("dueAt", Timestamp.from(Times.endOf(p.end()).minusSeconds(1))).update();
			until = until == null || p.end().isBefore(until) ? p.end() : until;
		}
		until = until == null ? day : until;
		jdbc.sql("UPDATE special_populations SET scheduled_until = :until WHERE id = :id").param("until", until)
			.param("id", fileId).update();
		return until;
	}
}
