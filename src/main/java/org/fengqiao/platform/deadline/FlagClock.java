package org.fengqiao.platform.deadline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.notify.Notification;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The usual {@link DeadlineClock}: one query claims the rows whose time has come (its SQL takes {@code :now} and
 * {@code :limit}, ends in {@code FOR UPDATE SKIP LOCKED} and returns their ids), then {@link #mark} sets the
 * clock's flag on those not yet flagged (a guarded update) and says whom to tell. A module declares its clocks as
 * subclasses that write only the mark: which table, which people.
 */
public abstract class FlagClock implements DeadlineClock {

	private final String name;
	private final String claim;
	/** The notifications' kind (e.g. {@code REFERRAL_OVERDUE}). */
	protected final String kind;
	/** The notifications' message key. */
	protected final String messageKey;
	/** The boolean column the mark sets, once. */
	protected final String flag;
	/** Whether the town's center leaders are told as well. */
	protected final boolean leaders;
	protected final JdbcClient jdbc;

	protected FlagClock(String name, String kind, String messageKey, String flag, String claim, boolean leaders,
			JdbcClient jdbc) {
		this.name = name;
		this.kind = kind;
		this.messageKey = messageKey;
		this.flag = flag;
		this.claim = claim;
		this.leaders = leaders;
		this.jdbc = jdbc;
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public Marked markDue(Instant now, int limit) {
		Long[] ids = jdbc.sql(claim).param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list()
			.toArray(Long[]::new);
		return ids.length == 0 ? new Marked(0, List.of()) : new Marked(ids.length, mark(ids));
	}

	/** Sets the flag on the claimed rows not yet flagged, in the sweeper's transaction; whom to tell. */
	protected abstract List<Notification> mark(Long[] ids);
}
