package org.fengqiao.platform.calendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar as the other modules use it: {@link #calendar()} is the current immutable
 * calendar, loaded from {@code calendar_days} and held in memory. It is rebuilt right after a change
 * commits on this node, and within {@code fengqiao.calendar-refresh} (30 s) of a change on another.
 */
@Component
public class WorkingDays {

	private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

	private record Snapshot(String fingerprint, WorkingDayCalendar calendar) {
	}

	private final CalendarRepository repository;
	private volatile Snapshot snapshot;

	WorkingDays(CalendarRepository repository) {
		this.repository = repository;
	}

	/** The current calendar; a year without entries counts Monday to Friday. */
	public WorkingDayCalendar calendar() {
		Snapshot current = snapshot;
		return current != null ? current.calendar() : refresh().calendar();
	}

	@Scheduled(fixedDelayString = "${fengqiao.calendar-refresh:PT30S}",
			initialDelayString = "${fengqiao.calendar-refresh:PT30S}")
	void refreshIfChanged() {
		Snapshot current = snapshot;
		if (current != null && !current.fingerprint().equals(repository.fingerprint())) {
			refresh();
		}
	}

	/** Reloads the calendar; the fingerprint is read first, so a change in between only causes one more reload. */
	synchronized Snapshot refresh() {
		String fingerprint = repository.fingerprint();
		WorkingDayCalendar calendar = new WorkingDayCalendar(repository.all());
		snapshot = new Snapshot(fingerprint, calendar);
		log.debug("working-day calendar loaded: years {}", calendar.yearsCovered());
		return snapshot;
	}
}
