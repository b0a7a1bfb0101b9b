package org.fengqiao.mediation.records;

import java.time.Instant;
import java.time.LocalDate;

import org.fengqiao.platform.Times;
import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * When a referral must be reported back: within 15 working days from the day after it is made (due at 23:59:59
 * Asia/Shanghai of the last day, as case clocks fall due), unless the referral names its own due date; a warning
 * at the start of the third working day before the due day (or at once, when that is already past).
 */
record ReferralTimeLimit(Instant dueAt, Instant warnAt) {

	static final int WORKING_DAYS = 15;
	static final int WARN_WORKING_DAYS_BEFORE = 3;

	static ReferralTimeLimit of(Instant referredAt, LocalDate given, WorkingDayCalendar calendar) {
		LocalDate referredOn = LocalDate.ofInstant(referredAt, Times.ZONE);
		LocalDate dueOn = given != null ? given : calendar.addWorkingDays(referredOn, WORKING_DAYS);
		LocalDate warnOn = dueOn;
		for (int counted = 0; counted < WARN_WORKING_DAYS_BEFORE && warnOn.isAfter(referredOn);) {
			warnOn = warnOn.minusDays(1);
			if (calendar.isWorkingDay(warnOn)) {
				counted++;
			}
		}
		Instant dueAt = Times.endOf(dueOn).minusSeconds(1);
		Instant warnAt = Times.startOf(warnOn);
		return new ReferralTimeLimit(dueAt, warnAt.isBefore(referredAt) ? referredAt : warnAt);
	}
}
