package org.fengqiao.platform.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.fengqiao.platform.db.WritesAtCommit;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Any module's way to notify: writes in-app notifications with their outbox rows, in the caller's transaction, in
 * one statement sent with its commit. A notification whose dedup key was written before is skipped, so a retried
 * sweep or a second node never notifies twice; the outbox then delivers each once ({@link NotificationOutbox}).
 */
@Component
public class Notifications {

	private static final String INSERT = """
			WITH m AS (
			    SELECT * FROM unnest(CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]),
			                CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS varchar[]),
			                CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS text[]), CAST(? AS varchar[]))
			        AS m(unit, username, role, region, record_type, record_id, kind, message_key, args, dedup_key)),
			n AS (
			    INSERT INTO notifications (recipient_unit, recipient_user, recipient_role, recipient_region, record_type,
			        record_id, kind, message_key, message_args, dedup_key, created_at)
			    SELECT unit, username, role, region, record_type, record_id, kind, message_key, CAST(args AS jsonb),
			        dedup_key, CAST(? AS timestamptz)
			    FROM m
			    ON CONFLICT (dedup_key) DO NOTHING
			    RETURNING id, created_at)
			INSERT INTO notification_outbox (notification_id, next_attempt_at) SELECT id, created_at FROM n""";

	/**
	 * One notification (an action's usual) as plain values: no ten array encodings in the driver, no array parsing
	 * and function scan in the database (issue 15). Every value is cast to what the driver sends when it is not null
	 * (varchar), so a null makes PostgreSQL infer the same type and the prepared statement is kept.
	 */
	private static final String INSERT_ONE = """
			WITH n AS (
			    INSERT INTO notifications (recipient_unit, recipient_user, recipient_role, recipient_region, record_type,
			        record_id, kind, message_key, message_args, dedup_key, created_at)
			    VALUES (CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar),
			        CAST(? AS varchar), CAST(? AS varchar), CAST(? AS varchar), CAST(CAST(? AS varchar) AS jsonb),
			        CAST(? AS varchar), CAST(? AS timestamptz))
			    ON CONFLICT (dedup_key) DO NOTHING
			    RETURNING id, created_at)
			INSERT INTO notification_outbox (notification_id, next_attempt_at) SELECT id, created_at FROM n""";

	private final WritesAtCommit writes;
	private final JsonMapper json;
	private final Clock clock;

	Notifications(WritesAtCommit writes, JsonMapper json, Clock clock) {
		this.writes = writes;
		this.json = json;
		this.clock = clock;
	}

	/** Writes the notifications (none is a no-op) with the transaction's commit ({@link WritesAtCommit}). */
	public void send(List<Notification> notifications) {
		if (notifications.isEmpty()) {
			return;
		}
		if (notifications.size() == 1) {
			Notification n = notifications.get(0);
			writes.add(INSERT_ONE, n.to().unit(), n.to().user(), n.to().role() == null ? null : n.to().role().name(),
					n.to().region(), n.recordType(), n.recordId(), n.kind(), n.messageKey(),
					json.writeValueAsString(n.args()), n.dedupKey(), Timestamp.from(clock.instant()));
			return;
		}
		writes.add(INSERT, column(notifications, n -> n.to().unit()), column(notifications, n -> n.to().user()),
				column(notifications, n -> n.to().role() == null ? null : n.to().role().name()),
				column(notifications, n -> n.to().region()), column(notifications, Notification::recordType),
				column(notifications, Notification::recordId), column(notifications, Notification::kind),
				column(notifications, Notification::messageKey),
				column(notifications, n -> json.writeValueAsString(n.args())),
				column(notifications, Notification::dedupKey), Timestamp.from(clock.instant()));
	}

	private static String[] column(List<Notification> notifications, java.util.function.Function<Notification, String> f) {
		return notifications.stream().map(f).toArray(String[]::new);
	}
}
