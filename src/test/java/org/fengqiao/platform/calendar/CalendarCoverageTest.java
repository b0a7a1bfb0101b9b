package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarCoverageTest {

	private final WorkingDayCalendar calendar = RealCalendar.load();

	@Test
	void nothing_is_missing_in_november_of_a_covered_year() {
		assertThat(CalendarCoverage.missingYears(calendar, LocalDate.of(2026, 11, 30))).isEmpty();
	}

	@Test
	void administrators_are_warned_about_next_year_from_the_first_of_december() {
		assertThat(CalendarCoverage.missingYears(calendar, LocalDate.of(2026, 12, 1))).containsExactly(2027);
	}

	@Test
	void next_year_is_not_reported_when_it_is_already_entered() {
		assertThat(CalendarCoverage.missingYears(calendar, LocalDate.of(2025, 12, 15))).isEmpty();
	}

	@Test
	void a_current_year_without_data_is_reported() {
		assertThat(CalendarCoverage.missingYears(calendar, LocalDate.of(2027, 3, 1))).containsExactly(2027);
	}
}
