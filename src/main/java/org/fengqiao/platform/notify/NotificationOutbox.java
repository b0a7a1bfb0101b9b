package org.fengqiao.platform.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.ReadsAcrossScopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox: each pending row is claimed with {@code SKIP LOCKED} (so several nodes deliver
 * concurrently, each row by one), handed to every {@link NotificationSender} with the notification id as its
 * idempotency key, and marked sent in the same transaction (one statement for the batch); a failure is retried
 * with back-off.
 */
@Component
@ReadsAcrossScopes(reason = "delivers every user's notifications to the senders, for no caller")
public class NotificationOutbox {

	private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);
	private static final int BATCH = 100;
	/** The longest wait between two attempts at one notification. */
	private static final Duration MAX_BACK_OFF = Duration.ofHours(1);

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final List<NotificationSender> senders;
	private final NotificationTexts texts;
	private final Clock clock;

	NotificationOutbox(JdbcClient jdbc, TransactionTemplate transactions, List<NotificationSender> senders,
			NotificationTexts texts, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.senders = senders;
		this.texts = texts;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${fengqiao.outbox.interval:PT5S}")
	void deliverScheduled() {
		deliver();
	}

	/** Delivers pending notifications; returns how many were tried, delivered or refused. */
	public int deliver() {
		int tried = 0;
		Integer batch;
		do {
			batch = transactions.execute(status -> deliverBatch());
			tried += batch;
		} while (batch == BATCH);
		return tried;
	}

	private int deliverBatch() {
		Instant now = clock.instant();
		List<NotificationSender.Outgoing> pending = jdbc.sql("""
				SELECT n.id, n.recipient_unit, n.recipient_user, n.recipient_role, n.recipient_region, n.record_type,
				       n.record_id, n.kind, n.message, n.message_key, n.message_args, o.attempts
				FROM notification_outbox o JOIN notifications n ON n.id = o.notification_id
				WHERE o.sent_at IS NULL AND o.next_attempt_at <= :now
				ORDER BY o.next_attempt_at LIMIT :batch FOR UPDATE OF o SKIP LOCKED
				""").param("now", Timestamp.from(now)).param("batch", BATCH)
			.query((rs, i) -> new NotificationSender.Outgoing(rs.getLong("id"), rs.getString("recipient_unit"),
					rs.getString("recipient_user"), rs.getString("recipient_role"), rs.getString("recipient_region"),
					rs.getString("record_type"), rs.getString("record_id"), rs.getString("kind"),
					texts.render(rs.getString("message_key"), rs.getString("message_args"), rs.getString("message"),
							NotificationTexts.DEFAULT),
					rs.getInt("attempts")))
			.list();
		List<Long> sent = new ArrayList<>(pending.size());
		for (NotificationSender.Outgoing n : pending) {
			try {
				for (NotificationSender sender : senders) {
					sender.send(n);
				}
				sent.add(n.id());
			} catch (RuntimeException e) {
				log.warn("notification {} not delivered (attempt {}): {}", n.id(), n.attempts() + 1, e.getMessage());
				Duration backOff = Duration.ofSeconds(Math.min(MAX_BACK_OFF.getSeconds(), 30L << Math.min(n.attempts(), 7)));
				jdbc.sql("""
						UPDATE notification_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error
						WHERE notification_id = :id
						""").param("next", Timestamp.from(now.plus(backOff))).param("error", e.getMessage())
					.param("id", n.id()).update();
			}
		}
		if (!sent.isEmpty()) { // the delivered ones marked in one statement, in the transaction that claimed them
			jdbc.sql("""
					UPDATE notification_outbox SET sent_at = :now, attempts = attempts + 1
					WHERE notification_id = ANY (CAST(:ids AS bigint[]))
					""").param("now", Timestamp.from(now)).param("ids", sent.toArray(Long[]::new)).update();
		}
		return pending.size();
	}
}
