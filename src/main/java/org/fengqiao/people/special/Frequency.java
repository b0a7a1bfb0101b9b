package org.fengqiao.people.special;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a duty falls due, as calendar periods: a week is Monday–Sunday, two weeks a pair of such weeks
 * counted from Monday 2024-01-01, a month the calendar month, a quarter the calendar quarter. Declared from
 * the most frequent to the least, so a smaller ordinal is more frequent.
 */
public enum Frequency {
	WEEKLY, BIWEEKLY, MONTHLY, QUARTERLY;

	/** The Monday the two-week periods count from. */
	static final LocalDate BIWEEKLY_EPOCH = LocalDate.of(2024, 1, 1);

	/** The calendar period containing {@code day}. */
	Period periodOf(LocalDate day) {
		return switch (this) {
			case WEEKLY -> {
				LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				yield new Period(monday, monday.plusDays(6));
			}
			case BIWEEKLY -> {
				long weeks = ChronoUnit.WEEKS.between(BIWEEKLY_EPOCH, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
				LocalDate start = BIWEEKLY_EPOCH.plusWeeks(Math.floorDiv(weeks, 2) * 2);
				yield new Period(start, start.plusDays(13));
			}
			case MONTHLY -> new Period(day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()));
			case QUARTERLY -> {
				LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
				yield new Period(start, start.plusMonths(3).minusDays(1));
			}
		};
	}

	boolean moreFrequentThan(Frequency other) {
		return ordinal() < other.ordinal();
	}

	/** A calendar period, both days inclusive. */
	public record Period(LocalDate start, LocalDate end) {

		boolean contains(LocalDate day) {
			return !day.isBefore(start) && !day.isAfter(end);
		}

		/** The day after which a duty not yet done is warned about: 2 days before the period ends. */
		LocalDate warnAfter() {
			return end.minusDays(2);
		}
	}
}
