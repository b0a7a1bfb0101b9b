package org.fengqiao.people.special;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fengqiao.people.special.FollowUpRule.Duty;

/**
 * Which follow-up a file owes and when: of the rules that apply to it the most frequent wins, and its duty
 * falls due at the end of the calendar period containing a day. Pure: the rules come from the table.
 */
public final class FollowUpPolicy {

	/** One duty of one period. */
	public record Due(Duty duty, Frequency frequency, Frequency.Period period) {
	}

	private final List<FollowUpRule> rules;

	public FollowUpPolicy(List<FollowUpRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** The winning frequency of a duty for a file, empty when no rule applies. */
	Optional<Frequency> frequency(Duty duty, String category, RiskLevel risk, boolean key, Integer dangerLevel) {
		Frequency best = null;
		for (FollowUpRule r : rules) {
			if (r.duty() == duty && r.appliesTo(category, risk, key, dangerLevel)
					&& (best == null || r.frequency().moreFrequentThan(best))) {
				best = r.frequency();
			}
		}
		return Optional.ofNullable(best);
	}

	/** Every duty a file owes for the periods containing {@code day}. */
	List<Due> dueOn(LocalDate day, String category, RiskLevel risk, boolean key, Integer dangerLevel) {
		return java.util.Arrays.stream(Duty.values())
			.flatMap(d -> frequency(d, category, risk, key, dangerLevel).map(f -> new Due(d, f, f.periodOf(day))).stream())
			.toList();
	}

	/** The duties a file owes over a span of days (each period touching it once), e.g. to plan a calendar. */
	public List<Due> dueBetween(LocalDate from, LocalDate to, String category, RiskLevel risk, boolean key, Integer dangerLevel) {
		List<Due> out = new java.util.ArrayList<>();
		for (Duty duty : Duty.values()) {
			Optional<Frequency> frequency = frequency(duty, category, risk, key, dangerLevel);
			if (frequency.isEmpty()) {
				continue;
			}
			for (LocalDate day = from; !day.isAfter(to);) {
				Frequency.Period period = frequency.get().periodOf(day);
				out.add(new Due(duty, frequency.get(), period));
				day = period.end().plusDays(1);
			}
		}
		return List.copyOf(out);
	}
}
