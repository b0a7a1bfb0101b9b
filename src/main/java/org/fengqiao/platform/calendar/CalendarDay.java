package org.fengqiao.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One entry of the working-day calendar: a date that differs from the plain Monday–Friday week. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

	public CalendarDay {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		name = name == null ? "" : name.strip();
	}
}
