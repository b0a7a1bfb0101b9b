package org.fengqiao.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.notify.NotificationSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the caller's in-app notifications and delivers the outbox: each pending row is claimed with
 * {@code SKIP LOCKED}, handed to every {@link NotificationSender} with the notification id as its
 * idempotency key, and marked sent in the same transaction; a failure is retried with back-off.
 */
@Component
class NotificationCenter {

	private static final Logger log = LoggerFactory.getLogger(NotificationCenter.class);

	record Notification(long id, String caseNumber, String kind, String message, OffsetDateTime createdAt, boolean read) {
	}

	private static final String MINE = """
			FROM notifications n LEFT JOIN cases c ON c.id = n.case_id
			WHERE (n.recipient_unit = ANY (:units) OR n.recipient_user = :user)
			  AND (NOT :unreadOnly OR n.read_at IS NULL)
			""";

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final List<NotificationSender> senders;
	private final Clock clock;

	NotificationCenter(JdbcClient jdbc, TransactionTemplate transactions, List<NotificationSender> senders,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.senders = senders;
		this.clock = clock;
	}

	Page<Notification> mine(Caller caller, boolean unreadOnly, PageQuery page) {
		String[] units = caller.scope().departments().toArray(String[]::new);
		List<Notification> items = jdbc.sql("SELECT n.id, c.number, n.kind, n.message, n.created_at, n.read_at IS NOT NULL AS read "
				+ MINE + " ORDER BY n.id DESC LIMIT :limit OFFSET :offset")
			.param("units", units).param("user", caller.username()).param("unreadOnly", unreadOnly)
			.param("limit", page.size()).param("offset", page.offset())
			.query((rs, i) -> new Notification(rs.getLong("id"), rs.getString("number"), rs.getString("kind"),
					rs.getString("message"), Times.local(rs.getTimestamp("created_at").toInstant()), rs.getBoolean("read")))
			.list();
		long total = jdbc.sql("SELECT count(*) " + MINE).param("units", units).param("user", caller.username())
			.param("unreadOnly", unreadOnly).query(Long.class).single();
		return Page.of(items, page, total);
	}

	void markRead(long id, Caller caller) {
		int rows = jdbc.sql("""
				UPDATE notifications SET read_at = COALESCE(read_at, :now)
				WHERE id = :id AND (recipient_unit = ANY (:units) OR recipient_user = :user)
				""").param("id", id).param("now", Timestamp.from(clock.instant()))
			.param("units", caller.scope().departments().toArray(String[]::new)).param("user", caller.username()).update();
		if (rows == 0) {
			throw ApiException.notFound("notification.not-found");
		}
	}

	@Scheduled(fixedDelayString = "${fengqiao.outbox.interval:PT5S}")
	void deliverScheduled() {
		deliver();
	}

	/** Delivers pending notifications; returns how many were sent. */
	int deliver() {
		int sent = 0;
		Integer batch;
		do {
			batch = transactions.execute(status -> deliverBatch());
			sent += batch;
		} while (batch == 100);
		return sent;
	}

	private int deliverBatch() {
		Instant now = clock.instant();
		List<NotificationSender.Outgoing> pending = jdbc.sql("""
				SELECT n.id, n.recipient_unit, n.recipient_user, n.kind, n.message, o.attempts, c.number
				FROM notification_outbox o JOIN notifications n ON n.id = o.notification_id
				LEFT JOIN cases c ON c.id = n.case_id
				WHERE o.sent_at IS NULL AND o.next_attempt_at <= :now
				ORDER BY o.next_attempt_at LIMIT 100 FOR UPDATE OF o SKIP LOCKED
				""").param("now", Timestamp.from(now))
			.query((rs, i) -> new NotificationSender.Outgoing(rs.getLong("id"), rs.getString("recipient_unit"),
					rs.getString("recipient_user"), rs.getString("kind"), rs.getString("message"), rs.getInt("attempts"),
					rs.getString("number") == null ? null : "case", rs.getString("number")))
			.list();
		int sent = 0;
		for (NotificationSender.Outgoing n : pending) {
			try {
				for (NotificationSender sender : senders) {
					sender.send(n);
				}
				jdbc.sql("UPDATE notification_outbox SET sent_at = :now, attempts = attempts + 1 WHERE notification_id = :id")
					.param("now", Timestamp.from(now)).param("id", n.id()).update();
				sent++;
			} catch (RuntimeException e) {
				log.warn("notification {} not delivered (attempt {}): {}", n.id(), n.attempts() + 1, e.getMessage());
				Duration backOff = Duration.ofSeconds(Math.min(3600, 30L << Math.min(n.attempts(), 7)));
				jdbc.sql("""
						UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
						WHERE notification_id = :id
						""").param("next", Timestamp.from(now.plus(backOff))).param("error", e.getMessage())
					.param("id", n.id()).update();
			}
		}
		return pending.size();
	}
}
