package org.fengqiao.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCsvTest {

	@Test
	void a_holiday_file_is_read_into_calendar_days() {
		// given
		String csv = "date,kind,name\n2025-01-26,WORKDAY,春节\n\n2025-10-01,HOLIDAY,国庆节、中秋节\n";
		// when
		List<CalendarDay> days = HolidayCsv.parse(new StringReader(csv));
		// then
		assertThat(days).containsExactly(
				new CalendarDay(LocalDate.of(2025, 1, 26), DayKind.WORKDAY, "春节"),
				new CalendarDay(LocalDate.of(2025, 10, 1), DayKind.HOLIDAY, "国庆节、中秋节"));
	}

	@Test
	void the_shared_holiday_file_holds_2025_and_2026() {
		WorkingDayCalendar calendar = RealCalendar.load();
		assertThat(calendar.yearsCovered()).containsExactly(2025, 2026);
		assertThat(calendar.entry(LocalDate.of(2026, 2, 14)))
				.hasValue(new CalendarDay(LocalDate.of(2026, 2, 14), DayKind.WORKDAY, "春节"));
	}

	@Test
	void a_byte_order_mark_before_the_header_is_tolerated() {
		List<CalendarDay> days = HolidayCsv.parse(new StringReader("\uFEFFdate,kind,name\n2026-01-01,HOLIDAY,元旦\n"));
		assertThat(days).hasSize(1);
	}

	@Test
	void a_file_without_the_header_is_refused() {
		assertThatThrownBy(() -> HolidayCsv.parse(new StringReader("2026-01-01,HOLIDAY,元旦\n")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("date,kind,name");
	}

	@Test
	void an_unknown_kind_is_refused_with_its_line_number() {
		String csv = "date,kind,name\n2026-01-01,HOLIDAY,元旦\n2026-01-04,MAKEUP,元旦\n";
		assertThatThrownBy(() -> HolidayCsv.parse(new StringReader(csv)))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("line 3");
	}

	@Test
	void a_bad_date_is_refused_with_its_line_number() {
		String csv = "date,kind,name\n2026-02-30,HOLIDAY,春节\n";
		assertThatThrownBy(() -> HolidayCsv.parse(new StringReader(csv)))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("line 2");
	}
}
