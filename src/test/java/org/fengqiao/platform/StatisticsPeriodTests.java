package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class StatisticsPeriodTests {

	@Test
	void a_period_of_partial_months_takes_the_whole_months_inside_from_the_rollups_and_its_edges_live() {
		StatisticsPeriod p = StatisticsPeriod.of(LocalDate.of(2025, 3, 17), LocalDate.of(2025, 9, 16));

		assertThat(p.wholeFrom()).isEqualTo(LocalDate.of(2025, 4, 1));
		assertThat(p.wholeTo()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(p.start()).isEqualTo(Instant.parse("2025-03-16T16:00:00Z"));
		assertThat(p.wholeStart()).isEqualTo(Instant.parse("2025-03-31T16:00:00Z"));
		assertThat(p.wholeEnd()).isEqualTo(Instant.parse("2025-08-31T16:00:00Z"));
		assertThat(p.end()).isEqualTo(Instant.parse("2025-09-16T16:00:00Z"));
	}

	@Test
	void a_period_of_whole_months_has_no_edges() {
		StatisticsPeriod p = StatisticsPeriod.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28));

		assertThat(p.wholeFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(p.wholeTo()).isEqualTo(LocalDate.of(2025, 3, 1));
		assertThat(p.wholeStart()).isEqualTo(p.start());
		assertThat(p.wholeEnd()).isEqualTo(p.end());
	}

	@Test
	void a_period_inside_one_month_is_counted_live_whole() {
		StatisticsPeriod p = StatisticsPeriod.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 5));

		assertThat(p.wholeFrom()).isEqualTo(p.wholeTo());
		assertThat(p.wholeStart()).isEqualTo(p.start());
		assertThat(p.end()).isEqualTo(Instant.parse("2026-03-05T16:00:00Z"));
	}

	@Test
	void an_open_period_is_all_whole_months_before_and_after_any_case() {
		StatisticsPeriod p = StatisticsPeriod.of(null, null);

		assertThat(p.wholeFrom()).isEqualTo(LocalDate.of(1970, 1, 1));
		assertThat(p.wholeTo()).isEqualTo(LocalDate.of(9999, 1, 1));
		assertThat(p.wholeStart()).isEqualTo(p.start());
		assertThat(p.wholeEnd()).isEqualTo(p.end());
	}

	@Test
	void a_period_ending_before_it_starts_has_nothing_in_it() {
		StatisticsPeriod p = StatisticsPeriod.of(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 10));

		assertThat(p.wholeFrom()).isEqualTo(p.wholeTo());
		assertThat(p.end()).isBefore(p.start());
	}
}
