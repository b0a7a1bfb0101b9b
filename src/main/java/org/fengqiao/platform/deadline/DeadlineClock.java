package org.fengqiao.platform.deadline;

import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.notify.Notification;

/**
 * A module's clock, registered with the {@link DeadlineSweeper} as a bean: it claims rows whose limit has
 * passed ({@code FOR UPDATE SKIP LOCKED}, so two nodes never claim one row), marks each once (a guarded
 * flag, so a marked row is never due again) and says whom to notify. Cases' warnings, late sign-fors and
 * overdue marks are its first users; follow-up visits, referrals, screening rounds and daily reports reuse it.
 */
public interface DeadlineClock {

	/** A short stable name, for the log and the sweep's counts (e.g. {@code case-overdue}). */
	String name();

	/** Marks at most {@code limit} rows due at {@code now}, in the sweeper's transaction. */
	Marked markDue(Instant now, int limit);

	/** What one batch marked, and the notifications the sweeper writes in the same transaction. */
	record Marked(int count, List<Notification> notifications) {

		public Marked {
			notifications = List.copyOf(notifications);
		}
	}
}
