package org.fengqiao.mediation.screening;

import java.time.Instant;
import java.time.LocalDate;

import org.fengqiao.platform.Times;
import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * When a round's reports are due: at the end (23:59:59 Asia/Shanghai) of the day the town names, moved to the next
 * working day when that is a rest day; with no day named, {@value #DEFAULT_WORKING_DAYS} working days after opening.
 */
final class RoundDeadline {

	static final int DEFAULT_WORKING_DAYS = 5;

	private RoundDeadline() {
	}

	static LocalDate day(LocalDate named, LocalDate today, WorkingDayCalendar calendar) {
		LocalDate day = named == null ? calendar.addWorkingDays(today, DEFAULT_WORKING_DAYS) : named;
		return calendar.nextWorkingDayOnOrAfter(day);
	}

	static Instant dueAt(LocalDate day) {
		return Times.endOf(day).minusSeconds(1);
	}
}
