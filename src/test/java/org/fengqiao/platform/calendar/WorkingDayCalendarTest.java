package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected dates were checked by hand against shared/data/holidays.csv. */
class WorkingDayCalendarTest {

	private final WorkingDayCalendar calendar = RealCalendar.load();

	private static LocalDate date(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void the_sunday_before_the_2025_spring_festival_is_a_make_up_working_day() {
		// 2025-01-26 is a Sunday listed as WORKDAY
		assertThat(calendar.isWorkingDay(date("2025-01-26"))).isTrue();
	}

	@Test
	void every_day_of_the_2025_spring_festival_is_a_rest_day() {
		for (LocalDate d = date("2025-01-28"); !d.isAfter(date("2025-02-04")); d = d.plusDays(1)) {
			assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
		}
		assertThat(calendar.isWorkingDay(date("2025-01-27"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2025-02-05"))).isTrue();
	}

	@Test
	void a_handling_limit_skips_the_spring_festival_holiday() {
		// given sign-for on Friday 2025-01-24
		LocalDate signedOn = date("2025-01-24");
		// then: 01-26 (make-up Sunday), 01-27, holiday 01-28..02-04, then 02-05, 02-06, 02-07
		assertThat(calendar.addWorkingDays(signedOn, 1)).isEqualTo(date("2025-01-26"));
		assertThat(calendar.addWorkingDays(signedOn, 2)).isEqualTo(date("2025-01-27"));
		assertThat(calendar.addWorkingDays(signedOn, 3)).isEqualTo(date("2025-02-05"));
		assertThat(calendar.addWorkingDays(signedOn, 5)).isEqualTo(date("2025-02-07"));
	}

	@Test
	void the_saturday_after_the_2025_spring_festival_counts_as_a_working_day() {
		// 2025-02-08 is a Saturday listed as WORKDAY
		assertThat(calendar.addWorkingDays(date("2025-02-07"), 1)).isEqualTo(date("2025-02-08"));
	}

	@Test
	void a_make_up_saturday_counts_as_a_working_day() {
		// 2026-02-28 is a Saturday listed as WORKDAY after the 2026 spring festival
		assertThat(calendar.isWorkingDay(date("2026-02-28"))).isTrue();
		assertThat(calendar.addWorkingDays(date("2026-02-27"), 1)).isEqualTo(date("2026-02-28"));
	}

	@Test
	void an_ordinary_saturday_and_sunday_are_rest_days() {
		assertThat(calendar.isWorkingDay(date("2026-03-07"))).isFalse();
		assertThat(calendar.isWorkingDay(date("2026-03-08"))).isFalse();
		assertThat(calendar.addWorkingDays(date("2026-03-06"), 1)).isEqualTo(date("2026-03-09"));
	}

	@Test
	void the_2025_national_day_holiday_is_skipped_and_its_make_up_days_count() {
		// 2025-09-28 (Sunday) and 2025-10-11 (Saturday) are WORKDAY; 10-01..10-08 HOLIDAY
		assertThat(calendar.addWorkingDays(date("2025-09-26"), 1)).isEqualTo(date("2025-09-28"));
		assertThat(calendar.addWorkingDays(date("2025-09-30"), 1)).isEqualTo(date("2025-10-09"));
		assertThat(calendar.addWorkingDays(date("2025-09-30"), 2)).isEqualTo(date("2025-10-10"));
		assertThat(calendar.addWorkingDays(date("2025-09-30"), 3)).isEqualTo(date("2025-10-11"));
		assertThat(calendar.addWorkingDays(date("2025-09-30"), 4)).isEqualTo(date("2025-10-13"));
	}

	@Test
	void the_2026_labour_day_holiday_is_skipped_and_its_make_up_saturday_counts() {
		// 2026-05-01..05-05 HOLIDAY (Friday to Tuesday), 2026-05-09 (Saturday) WORKDAY
		LocalDate thursdayBefore = date("2026-04-30");
		assertThat(calendar.addWorkingDays(thursdayBefore, 1)).isEqualTo(date("2026-05-06"));
		assertThat(calendar.addWorkingDays(thursdayBefore, 3)).isEqualTo(date("2026-05-08"));
		assertThat(calendar.addWorkingDays(thursdayBefore, 4)).isEqualTo(date("2026-05-09"));
		assertThat(calendar.addWorkingDays(thursdayBefore, 5)).isEqualTo(date("2026-05-11"));
	}

	@Test
	void the_next_working_day_on_or_after_a_holiday_is_the_first_day_back() {
		assertThat(calendar.nextWorkingDayOnOrAfter(date("2025-10-01"))).isEqualTo(date("2025-10-09"));
		assertThat(calendar.nextWorkingDayOnOrAfter(date("2026-05-05"))).isEqualTo(date("2026-05-06"));
		assertThat(calendar.nextWorkingDayOnOrAfter(date("2026-03-09"))).isEqualTo(date("2026-03-09"));
	}

	@Test
	void working_days_between_count_the_end_but_not_the_start() {
		// 01-26, 01-27, 02-05, 02-06, 02-07, 02-08
		assertThat(calendar.workingDaysBetween(date("2025-01-24"), date("2025-02-09"))).isEqualTo(6);
		assertThat(calendar.workingDaysBetween(date("2025-01-27"), date("2025-02-04"))).isZero();
		assertThat(calendar.workingDaysBetween(date("2026-03-09"), date("2026-03-09"))).isZero();
		assertThat(calendar.workingDaysBetween(date("2026-03-10"), date("2026-03-09"))).isZero();
	}

	@Test
	void a_year_missing_from_the_calendar_counts_monday_to_friday() {
		assertThat(calendar.hasYear(2027)).isFalse();
		// 2027-01-01 is a Friday: a holiday in reality, but unknown to this calendar
		assertThat(calendar.isWorkingDay(date("2027-01-01"))).isTrue();
		assertThat(calendar.isWorkingDay(date("2027-01-02"))).isFalse();
		assertThat(calendar.addWorkingDays(date("2026-12-31"), 2)).isEqualTo(date("2027-01-04"));
		assertThat(calendar.workingDaysBetween(date("2026-12-31"), date("2027-01-10"))).isEqualTo(6);
	}

	@Test
	void the_calendar_knows_which_years_it_covers() {
		assertThat(calendar.hasYear(2025)).isTrue();
		assertThat(calendar.hasYear(2026)).isTrue();
		assertThat(calendar.yearsCovered()).containsExactly(2025, 2026);
	}

	@Test
	void adding_zero_working_days_stays_on_the_start_and_negative_ones_are_refused() {
		assertThat(calendar.addWorkingDays(date("2025-10-01"), 0)).isEqualTo(date("2025-10-01"));
		assertThatThrownBy(() -> calendar.addWorkingDays(date("2025-10-01"), -1))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_calendar_listing_a_date_twice_is_refused() {
		List<CalendarDay> twice = List.of(
				new CalendarDay(date("2025-01-01"), DayKind.HOLIDAY, "元旦"),
				new CalendarDay(date("2025-01-01"), DayKind.WORKDAY, "元旦"));
		assertThatThrownBy(() -> new WorkingDayCalendar(twice))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("2025-01-01");
	}

	@Test
	void an_empty_calendar_counts_monday_to_friday_only() {
		WorkingDayCalendar weekdays = WorkingDayCalendar.weekdaysOnly();
		assertThat(weekdays.yearsCovered()).isEmpty();
		assertThat(weekdays.isWorkingDay(date("2025-01-28"))).isTrue();
		assertThat(weekdays.isWorkingDay(date("2025-01-26"))).isFalse();
	}
}
