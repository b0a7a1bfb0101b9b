package org.fengqiao.mediation.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.directory.Department;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.deadline.DeadlineClock;
import org.fengqiao.platform.notify.Notification;
import org.fengqiao.platform.notify.Recipient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the platform's deadline sweeper: a round whose deadline has passed is claimed ({@code SKIP LOCKED}), marked
 * once by a guarded flag, and — when villages have not answered — its town's desk is told which, in one
 * notification whose dedup key is the round's, so a second node or a retried sweep never tells it twice.
 */
@Component
@ReadsAcrossScopes(reason = "the deadline sweeper claims every round whose deadline has passed, for no caller")
class ScreeningDeadlines implements DeadlineClock {

	static final String MISSING = "SCREENING_MISSING";

	private final JdbcClient jdbc;

	ScreeningDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return "screening-missing";
	}

	@Override
	public Marked markDue(Instant now, int limit) {
		Long[] ids = jdbc.sql("""
				SELECT id FROM screening_rounds WHERE NOT missing_flagged AND due_at <= :now
				ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""").param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list().toArray(Long[]::new);
		if (ids.length == 0) {
			return new Marked(0, List.of());
		}
		List<Notification> out = new ArrayList<>();
		jdbc.sql("""
				UPDATE screening_rounds r SET missing_flagged = true WHERE r.id = ANY (:ids) AND NOT r.missing_flagged
				RETURNING r.id, r.town_code, r.title,
				    (SELECT count(*) FROM screening_round_villages v WHERE v.round_id = r.id AND v.status IS NULL),
				    (SELECT string_agg(v.name, '、' ORDER BY v.region_code) FROM screening_round_villages v
				     WHERE v.round_id = r.id AND v.status IS NULL)
				""").param("ids", ids).query((rs, i) -> {
			long missing = rs.getLong(4);
			if (missing > 0) {
				String id = String.valueOf(rs.getLong(1));
				out.add(new Notification(Recipient.unit(Department.townCenterOf(rs.getString(2))),
						ScreeningRounds.RECORD_TYPE, id, MISSING, "screening.missing",
						List.of(rs.getString(3), String.valueOf(missing), rs.getString(5)), "screening-missing:" + id));
			}
			return null;
		}).list();
		return new Marked(ids.length, out);
	}
}
