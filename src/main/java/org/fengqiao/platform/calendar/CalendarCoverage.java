package org.fengqiao.platform.calendar;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which years an administrator must still enter: the current year if it is missing, and
 * from 1 December on also the next year. Until then those years count Monday–Friday only.
 */
public final class CalendarCoverage {

	static final Month WARN_FROM_MONTH = Month.DECEMBER;

	private CalendarCoverage() {
	}

	public static List<Integer> missingYears(WorkingDayCalendar calendar, LocalDate today) {
		Objects.requireNonNull(calendar, "calendar");
		Objects.requireNonNull(today, "today");
		List<Integer> missing = new ArrayList<>();
		if (!calendar.hasYear(today.getYear())) {
			missing.add(today.getYear());
		}
		if (today.getMonth() == WARN_FROM_MONTH && !calendar.hasYear(today.getYear() + 1)) {
			missing.add(today.getYear() + 1);
		}
		return List.copyOf(missing);
	}
}
