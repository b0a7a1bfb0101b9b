package org.fengqiao.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fengqiao.platform.FieldError;

/**
 * What an administrator's entries for one year must satisfy before they replace that year: every
 * date inside the year and listed once, a kind for each, a make-up working day (WORKDAY) only on a
 * Saturday or Sunday, a name of at most 50 characters. A HOLIDAY may fall on any day, because the
 * official notices list the weekend days of a holiday too. Errors name the field, e.g.
 * {@code days[3].date}, with a message key.
 */
final class CalendarYearRules {

	static final int FIRST_YEAR = 2000;
	static final int LAST_YEAR = 2099;
	static final int MAX_NAME_LENGTH = 50;

	/** One proposed entry, as the client sent it: any part may be missing. */
	record Entry(LocalDate date, DayKind kind, String name) {
	}

	private CalendarYearRules() {
	}

	static boolean isEditable(int year) {
		return year >= FIRST_YEAR && year <= LAST_YEAR;
	}

	static List<FieldError> check(int year, List<Entry> entries) {
		if (!isEditable(year)) {
			return List.of(new FieldError("year", "calendar.year-invalid"));
		}
		if (entries == null) {
			return List.of(new FieldError("days", "validation.required"));
		}
		List<FieldError> errors = new ArrayList<>();
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			String field = "days[" + i + "]";
			Entry entry = entries.get(i);
			if (entry == null) {
				errors.add(new FieldError(field, "validation.required"));
				continue;
			}
			if (entry.date() == null) {
				errors.add(new FieldError(field + ".date", "validation.required"));
			} else if (entry.date().getYear() != year) {
				errors.add(new FieldError(field + ".date", "calendar.date-outside-year"));
			} else if (!seen.add(entry.date())) {
				errors.add(new FieldError(field + ".date", "calendar.date-duplicate"));
			}
			if (entry.kind() == null) {
				errors.add(new FieldError(field + ".kind", "validation.required"));
			} else if (entry.kind() == DayKind.WORKDAY && entry.date() != null && !isWeekend(entry.date())) {
				errors.add(new FieldError(field + ".kind", "calendar.workday-on-weekday"));
			}
			if (entry.name() != null && length(entry.name().strip()) > MAX_NAME_LENGTH) {
				errors.add(new FieldError(field + ".name", "calendar.name-too-long"));
			}
		}
		return List.copyOf(errors);
	}

	/** The entries as calendar days; only for entries that passed {@link #check}. */
	static List<CalendarDay> days(List<Entry> entries) {
		return entries.stream().map(e -> new CalendarDay(e.date(), e.kind(), e.name())).toList();
	}

	private static boolean isWeekend(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
	}

	/** In characters as PostgreSQL's varchar(50) counts them, not UTF-16 units. */
	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}
}
