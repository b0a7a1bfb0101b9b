package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.fengqiao.platform.FieldError;
import org.junit.jupiter.api.Test;

class CalendarYearRulesTest {

	private static CalendarYearRules.Entry entry(String date, DayKind kind, String name) {
		return new CalendarYearRules.Entry(date == null ? null : LocalDate.parse(date), kind, name);
	}

	@Test
	void the_official_2026_entries_pass() {
		WorkingDayCalendar official = RealCalendar.load();
		List<CalendarYearRules.Entry> entries = LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
			.flatMap(d -> official.entry(d).stream())
			.map(d -> new CalendarYearRules.Entry(d.date(), d.kind(), d.name()))
			.toList();

		assertThat(entries).hasSize(39);
		assertThat(CalendarYearRules.check(2026, entries)).isEmpty();
	}

	@Test
	void an_empty_list_is_allowed_and_removes_the_year() {
		assertThat(CalendarYearRules.check(2027, List.of())).isEmpty();
	}

	@Test
	void a_holiday_may_fall_on_a_weekend_but_a_make_up_working_day_may_not_fall_on_a_weekday() {
		List<FieldError> errors = CalendarYearRules.check(2027, List.of(
				entry("2027-01-02", DayKind.HOLIDAY, "元旦"), // Saturday
				entry("2027-01-01", DayKind.HOLIDAY, "元旦"), // Friday
				entry("2027-02-06", DayKind.WORKDAY, "春节"), // Saturday
				entry("2027-02-08", DayKind.WORKDAY, "春节"))); // Monday

		assertThat(errors).containsExactly(new FieldError("days[3].kind", "calendar.workday-on-weekday"));
	}

	@Test
	void a_date_outside_the_year_or_listed_twice_is_refused_by_its_index() {
		List<FieldError> errors = CalendarYearRules.check(2027, List.of(
				entry("2027-01-01", DayKind.HOLIDAY, "元旦"),
				entry("2028-01-01", DayKind.HOLIDAY, "元旦"),
				entry("2027-01-01", DayKind.HOLIDAY, "元旦")));

		assertThat(errors).containsExactly(new FieldError("days[1].date", "calendar.date-outside-year"),
				new FieldError("days[2].date", "calendar.date-duplicate"));
	}

	@Test
	void date_and_kind_are_required_and_the_name_is_not() {
		List<FieldError> errors = CalendarYearRules.check(2027,
				Arrays.asList(entry(null, null, null), null, entry("2027-01-01", DayKind.HOLIDAY, null)));

		assertThat(errors).containsExactly(new FieldError("days[0].date", "validation.required"),
				new FieldError("days[0].kind", "validation.required"), new FieldError("days[1]", "validation.required"));
	}

	@Test
	void a_name_may_have_50_characters_counted_as_people_read_them() {
		String fifty = "𠀀".repeat(50); // outside the basic plane: two UTF-16 units each
		List<FieldError> ok = CalendarYearRules.check(2027, List.of(entry("2027-01-01", DayKind.HOLIDAY, " " + fifty + " ")));
		List<FieldError> tooLong = CalendarYearRules.check(2027,
				List.of(entry("2027-01-01", DayKind.HOLIDAY, fifty + "节")));

		assertThat(ok).isEmpty();
		assertThat(tooLong).containsExactly(new FieldError("days[0].name", "calendar.name-too-long"));
	}

	@Test
	void a_missing_list_or_an_unlikely_year_is_refused() {
		assertThat(CalendarYearRules.check(2027, null)).containsExactly(new FieldError("days", "validation.required"));
		assertThat(CalendarYearRules.check(1999, List.of())).containsExactly(new FieldError("year", "calendar.year-invalid"));
		assertThat(CalendarYearRules.check(2100, List.of())).containsExactly(new FieldError("year", "calendar.year-invalid"));
	}

	@Test
	void checked_entries_become_calendar_days_with_a_stripped_name() {
		assertThat(CalendarYearRules.days(List.of(entry("2027-01-01", DayKind.HOLIDAY, " 元旦 "),
				entry("2027-02-06", DayKind.WORKDAY, null)))).containsExactly(
						new CalendarDay(LocalDate.of(2027, 1, 1), DayKind.HOLIDAY, "元旦"),
						new CalendarDay(LocalDate.of(2027, 2, 6), DayKind.WORKDAY, ""));
	}
}
