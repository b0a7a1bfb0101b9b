package org.fengqiao.people.special;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.people.special.FollowUpRule.Duty;
import org.junit.jupiter.api.Test;

class FollowUpPolicyTest {

	/** The defaults of V2026_12_06_1200. */
	static final List<FollowUpRule> DEFAULTS = defaults();

	private final FollowUpPolicy policy = new FollowUpPolicy(DEFAULTS);

	@Test
	void a_key_person_is_visited_weekly_and_assessed_quarterly_whatever_the_category() {
		for (String category : List.of("01", "02", "03", "04", "07", "09")) {
			assertThat(policy.frequency(Duty.VISIT, category, RiskLevel.LOW, true, 0)).contains(Frequency.WEEKLY);
			assertThat(policy.frequency(Duty.ASSESSMENT, category, RiskLevel.LOW, true, 0)).contains(Frequency.QUARTERLY);
		}
	}

	@Test
	void other_persons_are_visited_monthly_and_owe_no_assessment() {
		assertThat(policy.frequency(Duty.VISIT, "02", RiskLevel.HIGH, false, null)).contains(Frequency.MONTHLY);
		assertThat(policy.frequency(Duty.ASSESSMENT, "02", RiskLevel.HIGH, false, null)).isEmpty();
	}

	@Test
	void a_severe_mental_disorder_is_visited_by_its_danger_level() {
		assertThat(policy.frequency(Duty.VISIT, "03", RiskLevel.LOW, false, 0)).contains(Frequency.QUARTERLY);
		assertThat(policy.frequency(Duty.VISIT, "03", RiskLevel.LOW, false, 1)).contains(Frequency.MONTHLY);
		assertThat(policy.frequency(Duty.VISIT, "03", RiskLevel.LOW, false, 2)).contains(Frequency.MONTHLY);
		for (int level = 3; level <= 5; level++) {
			assertThat(policy.frequency(Duty.VISIT, "03", RiskLevel.LOW, false, level)).contains(Frequency.BIWEEKLY);
		}
	}

	@Test
	void where_several_rules_apply_the_most_frequent_wins() {
		List<FollowUpRule> rules = new ArrayList<>(DEFAULTS);
		rules.add(new FollowUpRule(99, Duty.VISIT, null, RiskLevel.HIGH, null, null, null, Frequency.BIWEEKLY));
		FollowUpPolicy withHighRisk = new FollowUpPolicy(rules);
		assertThat(withHighRisk.frequency(Duty.VISIT, "01", RiskLevel.HIGH, false, null)).contains(Frequency.BIWEEKLY);
		assertThat(withHighRisk.frequency(Duty.VISIT, "01", RiskLevel.MEDIUM, false, null)).contains(Frequency.MONTHLY);
		assertThat(withHighRisk.frequency(Duty.VISIT, "03", RiskLevel.HIGH, true, 5)).contains(Frequency.WEEKLY);
	}

	@Test
	void a_week_runs_monday_to_sunday_across_a_month_end() {
		Frequency.Period week = Frequency.WEEKLY.periodOf(LocalDate.of(2026, 3, 1));
		assertThat(week.start()).isEqualTo(LocalDate.of(2026, 2, 23));
		assertThat(week.end()).isEqualTo(LocalDate.of(2026, 3, 1));
		assertThat(Frequency.WEEKLY.periodOf(LocalDate.of(2026, 3, 2)).start()).isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(Frequency.WEEKLY.periodOf(LocalDate.of(2025, 12, 31)).end()).isEqualTo(LocalDate.of(2026, 1, 4));
	}

	@Test
	void months_and_quarters_are_calendar_periods_including_february_of_a_leap_year() {
		assertThat(Frequency.MONTHLY.periodOf(LocalDate.of(2028, 2, 10)))
			.isEqualTo(new Frequency.Period(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
		assertThat(Frequency.MONTHLY.periodOf(LocalDate.of(2026, 2, 28)).end()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(Frequency.QUARTERLY.periodOf(LocalDate.of(2026, 5, 20)))
			.isEqualTo(new Frequency.Period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
		assertThat(Frequency.QUARTERLY.periodOf(LocalDate.of(2026, 12, 31)).start()).isEqualTo(LocalDate.of(2026, 10, 1));
	}

	@Test
	void two_week_periods_start_on_mondays_and_tile_the_year_without_gaps() {
		LocalDate day = LocalDate.of(2026, 1, 1);
		Frequency.Period previous = Frequency.BIWEEKLY.periodOf(day);
		assertThat(previous.start().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
		for (; day.getYear() == 2026; day = day.plusDays(1)) {
			Frequency.Period p = Frequency.BIWEEKLY.periodOf(day);
			assertThat(p.contains(day)).isTrue();
			assertThat(p.end()).isEqualTo(p.start().plusDays(13));
			if (!p.equals(previous)) {
				assertThat(p.start()).isEqualTo(previous.end().plusDays(1));
				previous = p;
			}
		}
	}

	@Test
	void a_quarter_yearly_file_owes_four_visits_a_year_and_a_key_person_fifty_three_weeks_touching_2026() {
		LocalDate from = LocalDate.of(2026, 1, 1);
		LocalDate to = LocalDate.of(2026, 12, 31);
		assertThat(policy.dueBetween(from, to, "03", RiskLevel.LOW, false, 0)).hasSize(4);
		assertThat(policy.dueBetween(from, to, "01", RiskLevel.LOW, false, null)).hasSize(12);
		List<FollowUpPolicy.Due> key = policy.dueBetween(from, to, "01", RiskLevel.LOW, true, null);
		assertThat(key.stream().filter(d -> d.duty() == Duty.VISIT)).hasSize(53);
		assertThat(key.stream().filter(d -> d.duty() == Duty.ASSESSMENT)).hasSize(4);
	}

	@Test
	void the_warning_day_is_two_days_before_the_period_ends() {
		assertThat(Frequency.MONTHLY.periodOf(LocalDate.of(2026, 3, 5)).warnAfter()).isEqualTo(LocalDate.of(2026, 3, 29));
		assertThat(Frequency.WEEKLY.periodOf(LocalDate.of(2026, 3, 5)).warnAfter()).isEqualTo(LocalDate.of(2026, 3, 6));
	}

	private static List<FollowUpRule> defaults() {
		List<FollowUpRule> rules = new ArrayList<>();
		rules.add(new FollowUpRule(1, Duty.VISIT, null, null, true, null, null, Frequency.WEEKLY));
		rules.add(new FollowUpRule(2, Duty.ASSESSMENT, null, null, true, null, null, Frequency.QUARTERLY));
		for (String c : List.of("01", "02", "04", "05", "06", "07", "08", "09")) {
			rules.add(new FollowUpRule(10 + rules.size(), Duty.VISIT, c, null, null, null, null, Frequency.MONTHLY));
		}
		rules.add(new FollowUpRule(30, Duty.VISIT, "03", null, null, 0, 0, Frequency.QUARTERLY));
		rules.add(new FollowUpRule(31, Duty.VISIT, "03", null, null, 1, 2, Frequency.MONTHLY));
		rules.add(new FollowUpRule(32, Duty.VISIT, "03", null, null, 3, 5, Frequency.BIWEEKLY));
		return rules;
	}
}
