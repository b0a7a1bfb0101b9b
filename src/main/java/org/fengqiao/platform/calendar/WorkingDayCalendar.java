package org.fengqiao.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Chinese working days: Monday to Friday, except the listed holidays, plus the listed
 * make-up working days (调休). A year with no entry at all counts Monday to Friday.
 * Immutable and safe to share.
 */
public final class WorkingDayCalendar {

	private final Map<LocalDate, CalendarDay> days;
	private final SortedSet<Integer> years;

	public WorkingDayCalendar(List<CalendarDay> entries) {
		Objects.requireNonNull(entries, "entries");
		this.days = Map.copyOf(entries.stream().collect(Collectors.toMap(
				CalendarDay::date, Function.identity(), WorkingDayCalendar::refuseDuplicate)));
		this.years = Collections.unmodifiableSortedSet(days.keySet().stream()
				.map(LocalDate::getYear)
				.collect(Collectors.toCollection(TreeSet::new)));
	}

	/** A calendar with no entries: every Monday to Friday is a working day. */
	public static WorkingDayCalendar weekdaysOnly() {
		return new WorkingDayCalendar(List.of());
	}

	public boolean isWorkingDay(LocalDate date) {
		Objects.requireNonNull(date, "date");
		CalendarDay entry = days.get(date);
		if (entry != null) {
			return entry.kind() == DayKind.WORKDAY;
		}
		DayOfWeek dayOfWeek = date.getDayOfWeek();
		return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY;
	}

	/** The n-th working day strictly after {@code start}; {@code start} itself when n is 0. */
	public LocalDate addWorkingDays(LocalDate start, int n) {
		Objects.requireNonNull(start, "start");
		if (n < 0) {
			throw new IllegalArgumentException("working days must not be negative: " + n);
		}
		LocalDate date = start;
		int counted = 0;
		while (counted < n) {
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
			}
		}
		return date;
	}

	/** {@code date} when it is a working day, else the first working day after it. */
	public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
		Objects.requireNonNull(date, "date");
		LocalDate candidate = date;
		while (!isWorkingDay(candidate)) {
			candidate = candidate.plusDays(1);
		}
		return candidate;
	}

	/** The working days d with {@code fromExclusive < d <= toInclusive}; 0 for an empty range. */
	public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
		Objects.requireNonNull(fromExclusive, "fromExclusive");
		Objects.requireNonNull(toInclusive, "toInclusive");
		int count = 0;
		for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
			if (isWorkingDay(d)) {
				count++;
			}
		}
		return count;
	}

	/** True when the calendar holds at least one entry of that year. */
	public boolean hasYear(int year) {
		return years.contains(year);
	}

	/** The years that have at least one entry, in ascending order. */
	public SortedSet<Integer> yearsCovered() {
		return years;
	}

	/** The entry for a date, if the calendar lists it. */
	public Optional<CalendarDay> entry(LocalDate date) {
		return Optional.ofNullable(days.get(date));
	}

	private static CalendarDay refuseDuplicate(CalendarDay first, CalendarDay second) {
		throw new IllegalArgumentException("the calendar lists " + first.date() + " twice");
	}
}
