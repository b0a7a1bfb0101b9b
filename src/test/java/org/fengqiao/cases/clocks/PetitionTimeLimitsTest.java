package org.fengqiao.cases.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fengqiao.platform.calendar.RealCalendar;
import org.junit.jupiter.api.Test;

/** Expected dates were checked by hand against shared/data/holidays.csv. */
class PetitionTimeLimitsTest {

	private final PetitionTimeLimits limits = new PetitionTimeLimits(RealCalendar.load());

	private static Instant at(String isoWithOffset) {
		return OffsetDateTime.parse(isoWithOffset).toInstant();
	}

	@Test
	void acceptance_is_decided_within_fifteen_calendar_days_of_receipt() {
		// received Monday 2026-03-02; 15 days later is Tuesday 2026-03-17, a working day
		assertThat(limits.acceptanceDueAt(at("2026-03-02T10:00:00+08:00")))
				.isEqualTo(at("2026-03-17T23:59:59+08:00"));
	}

	@Test
	void the_day_of_receipt_is_the_local_date_in_china() {
		// 2026-03-01T17:00Z is already 2026-03-02 01:00 in China
		assertThat(limits.acceptanceDueAt(at("2026-03-01T17:00:00Z")))
				.isEqualTo(at("2026-03-17T23:59:59+08:00"));
	}

	@Test
	void an_acceptance_period_ending_on_national_day_ends_on_the_first_day_back() {
		// received 2025-09-16; day 15 is 2025-10-01; the holiday runs to 10-08
		assertThat(limits.acceptanceDueAt(at("2025-09-16T09:00:00+08:00")))
				.isEqualTo(at("2025-10-09T23:59:59+08:00"));
	}

	@Test
	void an_acceptance_period_ending_on_the_last_labour_day_holiday_ends_the_next_day() {
		// received 2026-04-20; day 15 is 2026-05-05, the last day of the holiday
		assertThat(limits.acceptanceDueAt(at("2026-04-20T09:00:00+08:00")))
				.isEqualTo(at("2026-05-06T23:59:59+08:00"));
	}

	@Test
	void a_handling_period_ending_on_a_sunday_ends_on_monday() {
		// accepted 2025-12-03; day 60 is Sunday 2026-02-01
		assertThat(limits.handlingDueAt(at("2025-12-03T11:00:00+08:00")))
				.isEqualTo(at("2026-02-02T23:59:59+08:00"));
	}

	@Test
	void a_handling_period_ending_in_the_spring_festival_ends_after_it() {
		// accepted 2025-12-17; day 60 is 2026-02-15; the holiday runs to 02-23
		assertThat(limits.handlingDueAt(at("2025-12-17T11:00:00+08:00")))
				.isEqualTo(at("2026-02-24T23:59:59+08:00"));
	}

	@Test
	void an_extension_adds_calendar_days_to_the_nominal_end_of_the_period() {
		// given a petition accepted 2026-03-02: day 60 is 2026-05-01 (holiday), due 05-06
		PetitionHandlingPeriod period = limits.handlingPeriod(at("2026-03-02T09:00:00+08:00"));
		assertThat(limits.dueAt(period)).isEqualTo(at("2026-05-06T23:59:59+08:00"));
		// when extended by 10 days: counted from 05-01, not from 05-06
		PetitionHandlingPeriod extended = period.extend(10);
		// then 2026-05-11, a Monday
		assertThat(extended.lastDay()).isEqualTo(LocalDate.of(2026, 5, 11));
		assertThat(limits.dueAt(extended)).isEqualTo(at("2026-05-11T23:59:59+08:00"));
	}

	@Test
	void the_longest_extension_is_thirty_days() {
		// accepted 2025-12-17: day 90 is Tuesday 2026-03-17
		PetitionHandlingPeriod period = limits.handlingPeriod(at("2025-12-17T11:00:00+08:00")).extend(30);
		assertThat(limits.dueAt(period)).isEqualTo(at("2026-03-17T23:59:59+08:00"));
	}

	@Test
	void a_second_extension_is_refused() {
		PetitionHandlingPeriod extended = PetitionHandlingPeriod.acceptedOn(LocalDate.of(2026, 3, 2)).extend(10);
		assertThatThrownBy(() -> extended.extend(5))
				.isInstanceOfSatisfying(PetitionExtensionRefusedException.class,
						refusal -> assertThat(refusal.code()).isEqualTo("petition.extension-already-granted"));
	}

	@Test
	void an_extension_of_more_than_thirty_days_is_refused() {
		PetitionHandlingPeriod period = PetitionHandlingPeriod.acceptedOn(LocalDate.of(2026, 3, 2));
		assertThatThrownBy(() -> period.extend(31))
				.isInstanceOfSatisfying(PetitionExtensionRefusedException.class,
						refusal -> assertThat(refusal.code()).isEqualTo("petition.extension-too-long"));
		assertThat(period.extended()).isFalse();
	}

	@Test
	void an_extension_of_no_days_is_refused() {
		PetitionHandlingPeriod period = PetitionHandlingPeriod.acceptedOn(LocalDate.of(2026, 3, 2));
		assertThatThrownBy(() -> period.extend(0))
				.isInstanceOfSatisfying(PetitionExtensionRefusedException.class,
						refusal -> assertThat(refusal.code()).isEqualTo("petition.extension-not-positive"));
	}
}
