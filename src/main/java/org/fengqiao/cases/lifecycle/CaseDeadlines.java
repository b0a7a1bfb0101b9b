package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.deadline.DeadlineClock;
import org.fengqiao.platform.notify.Notification;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case loop's clocks, registered with the platform's deadline sweeper: one per {@link ClockMarks} mark,
 * each claiming the cases whose limit has passed from its own partial index (V2026_12_02_1100's
 * {@code cases_*_due_idx}) and marking them as {@link ClockMarks} says.
 */
@Configuration(proxyBeanMethods = false)
@ReadsAcrossScopes(reason = "the deadline sweeper claims every case whose limit has passed, for no caller")
public class CaseDeadlines {

	@Bean
	DeadlineClock caseWarnings(JdbcClient jdbc, CaseRepository cases) {
		return new Clock("case-warning", ClockMarks.WARNING, """
				SELECT id FROM cases
				WHERE NOT warning AND warning_at IS NOT NULL AND resolved_at IS NULL AND warning_at <= :now
				ORDER BY warning_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""", jdbc, cases);
	}

	@Bean
	DeadlineClock caseSignFor(JdbcClient jdbc, CaseRepository cases) {
		return new Clock("case-sign-for", ClockMarks.SIGN_FOR_OVERDUE, """
				SELECT id FROM cases
				WHERE NOT sign_for_overdue AND sign_for_deadline IS NOT NULL AND accepted_at IS NULL
				  AND sign_for_deadline <= :now
				ORDER BY sign_for_deadline LIMIT :limit FOR UPDATE SKIP LOCKED
				""", jdbc, cases);
	}

	@Bean
	DeadlineClock caseOverdue(JdbcClient jdbc, CaseRepository cases) {
		return new Clock("case-overdue", ClockMarks.OVERDUE, """
				SELECT id FROM cases
				WHERE NOT overdue AND due_at IS NOT NULL AND resolved_at IS NULL AND due_at <= :now
				ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""", jdbc, cases);
	}

	/** One mark's clock: the claim (the SQL twin of the mark's {@code due}) and the marking. */
	static final class Clock implements DeadlineClock {

		private final String name;
		private final ClockMarks mark;
		private final String claim;
		private final JdbcClient jdbc;
		private final CaseRepository cases;

		Clock(String name, ClockMarks mark, String claim, JdbcClient jdbc, CaseRepository cases) {
			this.name = name;
			this.mark = mark;
			this.claim = claim;
			this.jdbc = jdbc;
			this.cases = cases;
		}

		@Override
		public String name() {
			return name;
		}

		@Override
		public Marked markDue(Instant now, int limit) {
			Long[] ids = jdbc.sql(claim).param("now", CaseRows.ts(now)).param("limit", limit).query(Long.class).list()
				.toArray(Long[]::new);
			if (ids.length == 0) {
				return new Marked(0, List.of());
			}
			List<Notification> notices = new ArrayList<>();
			for (CaseRecord c : cases.findAll(ids)) {
				CaseChange change = mark.apply(c, now);
				cases.write(change).orElseThrow(() -> new IllegalStateException(c.number() + " changed while locked"));
				notices.addAll(change.notifications());
			}
			return new Marked(ids.length, notices);
		}
	}
}
