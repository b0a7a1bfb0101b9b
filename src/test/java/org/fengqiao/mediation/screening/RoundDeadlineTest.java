package org.fengqiao.mediation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.fengqiao.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class RoundDeadlineTest {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.weekdaysOnly();

	@Test
	void a_deadline_named_on_a_saturday_moves_to_monday_and_ends_at_midnight_shanghai_time() {
		LocalDate day = RoundDeadline.day(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 5), calendar);

		assertThat(day).isEqualTo(LocalDate.of(2026, 3, 9));
		assertThat(RoundDeadline.dueAt(day)).isEqualTo(Instant.parse("2026-03-09T15:59:59Z"));
	}

	@Test
	void without_a_named_day_a_round_is_due_five_working_days_after_opening() {
		assertThat(RoundDeadline.day(null, LocalDate.of(2026, 3, 5), calendar)).isEqualTo(LocalDate.of(2026, 3, 12));
	}

	@Test
	void a_village_that_has_not_answered_is_pending_until_the_deadline_and_missing_from_it() {
		Instant due = Instant.parse("2026-03-09T15:59:59Z");

		assertThat(ReportStatus.of(null, due, due.minusSeconds(1))).isEqualTo(ReportStatus.PENDING);
		assertThat(ReportStatus.of(null, due, due)).isEqualTo(ReportStatus.MISSING);
		assertThat(ReportStatus.of(ReportStatus.NONE, due, due.plusSeconds(60))).isEqualTo(ReportStatus.NONE);
	}
}
