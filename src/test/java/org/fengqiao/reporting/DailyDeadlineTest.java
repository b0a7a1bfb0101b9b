package org.fengqiao.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.fengqiao.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

class DailyDeadlineTest {

	private final WorkingDayCalendar calendar = WorkingDayCalendar.weekdaysOnly();

	@Test
	void reports_are_due_at_five_in_the_afternoon_shanghai_time_unless_the_town_set_another_time() {
		assertThat(DailyDeadline.dueAt(LocalDate.of(2026, 3, 5), null, calendar)).isEqualTo(Instant.parse("2026-03-05T09:00:00Z"));
		assertThat(DailyDeadline.dueAt(LocalDate.of(2026, 3, 5), LocalTime.of(12, 0), calendar))
			.isEqualTo(Instant.parse("2026-03-05T04:00:00Z"));
	}

	@Test
	void nothing_is_due_on_a_rest_day_so_a_village_without_a_report_stays_pending() {
		Instant due = DailyDeadline.dueAt(LocalDate.of(2026, 3, 7), null, calendar);

		assertThat(due).isNull();
		assertThat(ReportStatus.of(null, due, Instant.parse("2026-03-08T00:00:00Z"))).isEqualTo(ReportStatus.PENDING);
	}

	@Test
	void a_report_is_reported_or_none_whenever_it_came_and_a_missing_one_is_missing_after_the_deadline() {
		Instant due = Instant.parse("2026-03-05T09:00:00Z");

		assertThat(ReportStatus.of(false, due, due.plusSeconds(1))).isEqualTo(ReportStatus.REPORTED);
		assertThat(ReportStatus.of(true, due, due.minusSeconds(1))).isEqualTo(ReportStatus.NONE);
		assertThat(ReportStatus.of(null, due, due)).isEqualTo(ReportStatus.MISSING);
	}
}
