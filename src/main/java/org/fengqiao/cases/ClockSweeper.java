package org.fengqiao.cases;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock sweeper: marks warnings (预警), late sign-fors and overdue cases (超期), auto-supervises overdue
 * ones and notifies. Each batch is one statement in one transaction: rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} and marked, so several nodes sweeping at once never mark a case twice, and a
 * mark survives restarts (a marked case is not in the queue any more).
 */
@Component
@org.fengqiao.platform.ReadsAcrossScopes(reason = "the deadline sweeper walks every open case of every town")
class ClockSweeper {

	private static final Logger log = LoggerFactory.getLogger(ClockSweeper.class);
	static final int BATCH = 2000;

	/** What one sweep marked. */
	record Swept(int warnings, int signForOverdue, int overdue) {
		int total() {
			return warnings + signForOverdue + overdue;
		}
	}

	private static final String WARNINGS = """
			WITH due AS (
			    SELECT id FROM cases
			    WHERE NOT warning AND warning_at IS NOT NULL AND resolved_at IS NULL AND warning_at <= :now
			    ORDER BY warning_at LIMIT :batch FOR UPDATE SKIP LOCKED),
			marked AS (
			    UPDATE cases c SET warning = true, updated_at = :now FROM due WHERE c.id = due.id
			    RETURNING c.id, c.number, c.title, c.status, c.lead_unit, c.warning_at),
			events AS (
			    INSERT INTO case_events (case_id, at, actor, action, from_status, to_status, comment)
			    SELECT id, :now, 'system', 'WARNING', status, status, '临近办理时限' FROM marked ORDER BY id),
			notified AS (
			    INSERT INTO notifications (recipient_unit, case_id, kind, dedup_key, message, created_at)
			    SELECT lead_unit, id, 'WARNING', id || ':WARNING:' || extract(epoch FROM warning_at)::bigint,
			           '案件临近办理时限：' || number || ' ' || title, :now
			    FROM marked WHERE lead_unit IS NOT NULL
			    ON CONFLICT (dedup_key) DO NOTHING RETURNING id),
			outbox AS (INSERT INTO notification_outbox (notification_id, next_attempt_at) SELECT id, :now FROM notified)
			SELECT count(*) FROM marked
			""";

	private static final String SIGN_FOR_OVERDUE = """
			WITH due AS (
			    SELECT id FROM cases
			    WHERE NOT sign_for_overdue AND sign_for_deadline IS NOT NULL AND accepted_at IS NULL
			      AND status = 'DISPATCHED' AND sign_for_deadline <= :now
			    ORDER BY sign_for_deadline LIMIT :batch FOR UPDATE SKIP LOCKED),
			marked AS (
			    UPDATE cases c SET sign_for_overdue = true, updated_at = :now FROM due WHERE c.id = due.id
			    RETURNING c.id, c.number, c.title, c.status, c.lead_unit, c.holding_unit, c.sign_for_deadline),
			events AS (
			    INSERT INTO case_events (case_id, at, actor, action, from_status, to_status, comment, data)
			    SELECT id, :now, 'system', 'OVERDUE', status, status, '超过签收时限未签收', '{"limit":"SIGN_FOR"}'
			    FROM marked ORDER BY id),
			notified AS (
			    INSERT INTO notifications (recipient_unit, case_id, kind, dedup_key, message, created_at)
			    SELECT unit, id, 'SIGN_FOR_OVERDUE', id || ':SIGN_FOR:' || extract(epoch FROM sign_for_deadline)::bigint || ':' || unit,
			           '派单超过签收时限未签收：' || number || ' ' || title, :now
			    FROM marked CROSS JOIN LATERAL (VALUES (lead_unit), (holding_unit)) AS u(unit) WHERE unit IS NOT NULL
			    ON CONFLICT (dedup_key) DO NOTHING RETURNING id),
			outbox AS (INSERT INTO notification_outbox (notification_id, next_attempt_at) SELECT id, :now FROM notified)
			SELECT count(*) FROM marked
			""";

	static final String OVERDUE = """
			WITH due AS (
			    SELECT id, supervision AS before FROM cases
			    WHERE NOT overdue AND due_at IS NOT NULL AND resolved_at IS NULL AND due_at <= :now
			    ORDER BY due_at LIMIT :batch FOR UPDATE SKIP LOCKED),
			marked AS (
			    UPDATE cases c SET overdue = true, supervision = COALESCE(c.supervision, 'GENERAL'), updated_at = :now
			    FROM due WHERE c.id = due.id
			    RETURNING c.id, c.number, c.title, c.status, c.lead_unit, c.holding_unit, c.due_at, due.before),
			events AS (
			    INSERT INTO case_events (case_id, at, actor, action, from_status, to_status, comment, data)
			    SELECT id, :now, 'system', action, status, status, comment, data FROM (
			        SELECT id, 1 AS ord, 'OVERDUE' AS action, status, '已超过办理时限' AS comment, NULL::jsonb AS data FROM marked
			        UNION ALL
			        SELECT id, 2, 'AUTO_SUPERVISE', status, '超期自动督办', '{"level":"GENERAL"}'::jsonb FROM marked WHERE before IS NULL
			    ) e ORDER BY id, ord),
			notified AS (
			    INSERT INTO notifications (recipient_unit, case_id, kind, dedup_key, message, created_at)
			    SELECT unit, id, 'OVERDUE', id || ':OVERDUE:' || extract(epoch FROM due_at)::bigint || ':' || unit,
			           '案件已超期，已自动督办：' || number || ' ' || title, :now
			    FROM marked CROSS JOIN LATERAL (VALUES (lead_unit), (holding_unit)) AS u(unit) WHERE unit IS NOT NULL
			    ON CONFLICT (dedup_key) DO NOTHING RETURNING id),
			outbox AS (INSERT INTO notification_outbox (notification_id, next_attempt_at) SELECT id, :now FROM notified)
			SELECT count(*) FROM marked
			""";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean scheduled;

	ClockSweeper(JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			@Value("${fengqiao.sweeper.enabled:true}") boolean scheduled) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
		this.scheduled = scheduled;
	}

	@Scheduled(fixedDelayString = "${fengqiao.sweeper.interval:PT1M}", initialDelayString = "PT20S")
	void onSchedule() {
		if (scheduled) {
			Swept swept = sweep();
			if (swept.total() > 0) {
				log.info("clock sweep: {} warnings, {} late sign-fors, {} overdue", swept.warnings(),
						swept.signForOverdue(), swept.overdue());
			}
		}
	}

	/** Marks every case whose limit has passed, in batches, until none is left. */
	Swept sweep() {
		Instant now = clock.instant();
		return new Swept(drain(WARNINGS, now), drain(SIGN_FOR_OVERDUE, now), drain(OVERDUE, now));
	}

	private int drain(String statement, Instant now) {
		int total = 0;
		int marked;
		do {
			marked = transactions.execute(status -> jdbc.sql(statement).param("now", CaseRows.ts(now))
				.param("batch", BATCH).query(Integer.class).single());
			total += marked;
		} while (marked == BATCH);
		return total;
	}
}
