package org.fengqiao.cases.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.fengqiao.platform.calendar.RealCalendar;
import org.junit.jupiter.api.Test;

/** Expected dates were checked by hand against shared/data/holidays.csv. */
class CaseClockTest {

	private final CaseClock clock = new CaseClock(RealCalendar.load());

	private static Instant at(String isoWithOffset) {
		return OffsetDateTime.parse(isoWithOffset).toInstant();
	}

	@Test
	void the_sign_for_limit_counts_clock_hours_even_over_a_holiday() {
		// given a dispatch the day before the 2025 national day holiday
		Instant dispatched = at("2025-09-30T10:00:00+08:00");
		// then 48 clock hours later, holiday or not
		assertThat(clock.signForDeadline(dispatched, 48)).isEqualTo(at("2025-10-02T10:00:00+08:00"));
	}

	@Test
	void the_handling_limit_falls_due_at_the_end_of_its_last_working_day() {
		// given sign-for on Friday 2025-01-24, before the spring festival
		Instant accepted = at("2025-01-24T10:00:00+08:00");
		// then 5 working days: 01-26 (make-up Sunday), 01-27, 02-05, 02-06, 02-07
		assertThat(clock.handlingDueAt(accepted, 5)).isEqualTo(at("2025-02-07T23:59:59+08:00"));
	}

	@Test
	void the_handling_limit_counts_from_the_local_date_of_sign_for() {
		// given sign-for at 00:30 on Friday 2026-03-06 in China, still Thursday in UTC
		Instant accepted = at("2026-03-05T16:30:00Z");
		// then one working day is the next Monday, not Friday
		assertThat(clock.handlingDueAt(accepted, 1)).isEqualTo(at("2026-03-09T23:59:59+08:00"));
	}

	@Test
	void a_handling_limit_over_national_day_counts_the_make_up_saturday() {
		// 2025-10-01..10-08 holiday, 2025-10-11 (Saturday) a working day
		Instant accepted = at("2025-09-30T15:00:00+08:00");
		assertThat(clock.handlingDueAt(accepted, 3)).isEqualTo(at("2025-10-11T23:59:59+08:00"));
	}

	@Test
	void the_warning_comes_after_the_given_share_of_the_time() {
		Instant start = at("2026-03-02T00:00:00+08:00");
		Instant due = at("2026-03-12T00:00:00+08:00");
		assertThat(clock.warningAt(start, due, 0.8)).isEqualTo(at("2026-03-10T00:00:00+08:00"));
		assertThat(clock.warningAt(start, due, 1.0)).isEqualTo(due);
	}

	@Test
	void a_warning_with_a_due_time_before_its_start_or_a_bad_fraction_is_refused() {
		Instant start = at("2026-03-02T00:00:00+08:00");
		Instant due = at("2026-03-12T00:00:00+08:00");
		assertThatThrownBy(() -> clock.warningAt(due, start, 0.8)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> clock.warningAt(start, due, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> clock.warningAt(start, due, 1.5)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void an_approved_extension_moves_the_due_date_over_labour_day() {
		// given a case due on Thursday 2026-04-30; 2026-05-01..05-05 holiday
		Instant due = at("2026-04-30T23:59:59+08:00");
		// then 3 working days: 05-06, 05-07, 05-08; a fourth is the make-up Saturday 05-09
		assertThat(clock.extendDue(due, 3)).isEqualTo(at("2026-05-08T23:59:59+08:00"));
		assertThat(clock.extendDue(due, 4)).isEqualTo(at("2026-05-09T23:59:59+08:00"));
	}

	@Test
	void a_limit_of_zero_is_refused() {
		Instant now = at("2026-03-02T09:00:00+08:00");
		assertThatThrownBy(() -> clock.handlingDueAt(now, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> clock.signForDeadline(now, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> clock.extendDue(now, 0)).isInstanceOf(IllegalArgumentException.class);
	}
}
