package org.fengqiao.platform.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Any module's way to notify: writes in-app notifications with their outbox rows, in the caller's
 * transaction, in one statement. A notification whose dedup key was written before is skipped, so a retried
 * sweep or a second node never notifies twice; the outbox then delivers each once ({@link NotificationOutbox}).
 */
@Component
public class Notifications {

	private static final String INSERT = """
			WITH n AS (
			    INSERT INTO notifications (recipient_unit, recipient_user, recipient_role, recipient_region, record_type,
			        record_id, kind, message_key, message_args, dedup_key, created_at)
			    SELECT unit, username, role, region, record_type, record_id, kind, message_key, CAST(args AS jsonb),
			        dedup_key, :now
			    FROM unnest(CAST(:unit AS varchar[]), CAST(:username AS varchar[]), CAST(:role AS varchar[]),
			                CAST(:region AS varchar[]), CAST(:recordType AS varchar[]), CAST(:recordId AS varchar[]),
			                CAST(:kind AS varchar[]), CAST(:messageKey AS varchar[]), CAST(:args AS text[]),
			                CAST(:dedupKey AS varchar[]))
			        AS m(unit, username, role, region, record_type, record_id, kind, message_key, args, dedup_key)
			    ON CONFLICT (dedup_key) DO NOTHING
			    RETURNING id)
			INSERT INTO notification_outbox (notification_id, next_attempt_at) SELECT id, :now FROM n
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	Notifications(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Writes the notifications (none is a no-op); answers how many were new. */
	public int send(List<Notification> notifications) {
		if (notifications.isEmpty()) {
			return 0;
		}
		return jdbc.sql(INSERT).param("now", Timestamp.from(clock.instant()))
			.param("unit", column(notifications, n -> n.to().unit()))
			.param("username", column(notifications, n -> n.to().user()))
			.param("role", column(notifications, n -> n.to().role() == null ? null : n.to().role().name()))
			.param("region", column(notifications, n -> n.to().region()))
			.param("recordType", column(notifications, Notification::recordType))
			.param("recordId", column(notifications, Notification::recordId))
			.param("kind", column(notifications, Notification::kind))
			.param("messageKey", column(notifications, Notification::messageKey))
			.param("args", column(notifications, n -> json.writeValueAsString(n.args())))
			.param("dedupKey", column(notifications, Notification::dedupKey))
			.update();
	}

	private static String[] column(List<Notification> notifications, java.util.function.Function<Notification, String> f) {
		return notifications.stream().map(f).toArray(String[]::new);
	}
}
