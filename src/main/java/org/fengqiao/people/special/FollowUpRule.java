package org.fengqiao.people.special;

/**
 * One row of the follow-up table: the duty it sets and the files it applies to — a null condition matches
 * every file — with how often the duty falls due.
 */
public record FollowUpRule(long id, Duty duty, String categoryCode, RiskLevel riskLevel, Boolean keyPerson, Integer dangerMin,
		Integer dangerMax, Frequency frequency) {

	/** A duty the rules can set. */
	public enum Duty {
		VISIT, ASSESSMENT
	}

	/** Whether the rule applies to a file of this category, risk, key flag and danger level (null when none). */
	boolean appliesTo(String category, RiskLevel risk, boolean key, Integer dangerLevel) {
		return (categoryCode == null || categoryCode.equals(category))
				&& (riskLevel == null || riskLevel == risk)
				&& (keyPerson == null || keyPerson == key)
				&& (dangerMin == null || (dangerLevel != null && dangerLevel >= dangerMin))
				&& (dangerMax == null || (dangerLevel != null && dangerLevel <= dangerMax));
	}
}
