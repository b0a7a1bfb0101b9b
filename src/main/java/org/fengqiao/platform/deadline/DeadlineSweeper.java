package org.fengqiao.platform.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.notify.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one deadline sweeper: every minute ({@code fengqiao.sweeper.interval}) it asks each registered
 * {@link DeadlineClock} to mark what is due, batch by batch, each batch and its notifications in one
 * transaction — so a mark and its notification exist together or not at all, survive a restart, and are
 * made once even with several application instances sweeping at the same moment.
 */
@Component
public class DeadlineSweeper {

	private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);
	/** Rows one transaction marks at most. */
	public static final int BATCH = 2000;

	private final List<DeadlineClock> clocks;
	private final Notifications notifications;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean scheduled;

	DeadlineSweeper(List<DeadlineClock> clocks, Notifications notifications, TransactionTemplate transactions,
			Clock clock, @Value("${fengqiao.sweeper.enabled:true}") boolean scheduled) {
		this.clocks = clocks;
		this.notifications = notifications;
		this.transactions = transactions;
		this.clock = clock;
		this.scheduled = scheduled;
	}

	@Scheduled(fixedDelayString = "${fengqiao.sweeper.interval:PT1M}", initialDelayString = "PT20S")
	void onSchedule() {
		if (scheduled) {
			Map<String, Integer> marked = sweep();
			if (marked.values().stream().anyMatch(n -> n > 0)) {
				log.info("deadline sweep: {}", marked);
			}
		}
	}

	/** Marks everything due now on every clock; answers how many rows each clock marked. */
	public Map<String, Integer> sweep() {
		return sweep(clock.instant());
	}

	/** Marks everything due at {@code now} (a benchmark's or a catch-up's moment); how many rows each clock marked. */
	public Map<String, Integer> sweep(Instant now) {
		Map<String, Integer> marked = new LinkedHashMap<>();
		for (DeadlineClock c : clocks) {
			marked.put(c.name(), drain(c, now));
		}
		return marked;
	}

	private int drain(DeadlineClock c, Instant now) {
		int total = 0;
		int count;
		do {
			count = transactions.execute(status -> {
				DeadlineClock.Marked batch = c.markDue(now, BATCH);
				notifications.send(batch.notifications());
				return batch.count();
			});
			total += count;
		} while (count == BATCH);
		return total;
	}
}
