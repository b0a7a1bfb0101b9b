package org.fengqiao.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.fengqiao.platform.Times;
import org.fengqiao.platform.calendar.WorkingDayCalendar;

/** When a day's reports are due: at the town's deadline (default 17:00) on working days; nothing is due on rest days. */
final class DailyDeadline {

	static final LocalTime DEFAULT = LocalTime.of(17, 0);

	private DailyDeadline() {
	}

	/** The moment the day's reports fall due, or null on a rest day. */
	static Instant dueAt(LocalDate date, LocalTime deadline, WorkingDayCalendar calendar) {
		if (!calendar.isWorkingDay(date)) {
			return null;
		}
		return date.atTime(deadline == null ? DEFAULT : deadline).atZone(Times.ZONE).toInstant();
	}
}
