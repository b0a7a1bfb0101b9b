package org.fengqiao.mediation.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.platform.calendar.CalendarDay;
import org.fengqiao.platform.calendar.DayKind;
import org.fengqiao.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class ReferralTimeLimitTest {

	private static final WorkingDayCalendar WEEKDAYS = WorkingDayCalendar.weekdaysOnly();

	@Test
	void a_referral_is_due_at_the_end_of_the_fifteenth_working_day_after_it_was_made() {
		// Thursday 2026-03-05 14:30 in Shanghai
		ReferralTimeLimit limit = ReferralTimeLimit.of(Instant.parse("2026-03-05T06:30:00Z"), null, WEEKDAYS);

		assertThat(limit.dueAt()).isEqualTo(Instant.parse("2026-03-26T15:59:59Z")); // Thursday 26th, 23:59:59
		assertThat(limit.warnAt()).isEqualTo(Instant.parse("2026-03-22T16:00:00Z")); // Monday 23rd, 00:00
	}

	@Test
	void a_holiday_moves_the_due_day_and_a_given_due_date_replaces_the_fifteen_days() {
		WorkingDayCalendar withHoliday = new WorkingDayCalendar(
				List.of(new CalendarDay(LocalDate.of(2026, 3, 10), DayKind.HOLIDAY, "测试假日")));
		Instant at = Instant.parse("2026-03-05T06:30:00Z");

		assertThat(ReferralTimeLimit.of(at, null, withHoliday).dueAt()).isEqualTo(Instant.parse("2026-03-27T15:59:59Z"));
		assertThat(ReferralTimeLimit.of(at, LocalDate.of(2026, 3, 6), WEEKDAYS).dueAt())
			.isEqualTo(Instant.parse("2026-03-06T15:59:59Z"));
		assertThat(ReferralTimeLimit.of(at, LocalDate.of(2026, 3, 6), WEEKDAYS).warnAt()).isEqualTo(at);
	}
}
