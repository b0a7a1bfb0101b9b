package org.fengqiao.cases.clocks;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.rules.SlaPolicy;
import java.time.Instant;

import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * When a case of one kind is due (API.md, "Clocks"): the one place that answers it for each kind. Ordinary
 * cases count sign-for hours from dispatch and working days of handling ({@link OrdinaryTimeLimits});
 * petitions count 《信访工作条例》's calendar days ({@link PetitionTimeLimitPolicy}).
 */
public interface TimeLimitPolicy {

	/** The policy of a case's kind, with the SLA policy that applies to its category and priority. */
	static TimeLimitPolicy of(CaseKind kind, SlaPolicy sla, WorkingDayCalendar calendar) {
		return kind == CaseKind.PETITION ? new PetitionTimeLimitPolicy(calendar, sla)
				: new OrdinaryTimeLimits(calendar, sla);
	}

	/** The sign-for (acceptance) deadline that starts running at intake, or null when none does. */
	Instant signForDeadlineAtIntake(Instant receivedAt);

	/** The sign-for deadline a dispatch at {@code dispatchedAt} sets, for a case received at {@code receivedAt}. */
	Instant signForDeadlineAtDispatch(Instant receivedAt, Instant dispatchedAt);

	/**
	 * Whether the sign-for clock keeps running through returns and escalations until the case is signed for
	 * (a petition's acceptance limit), instead of stopping with the other clocks.
	 */
	boolean signForClockSurvivesStops();

	/** When a case signed for at that moment must be resolved. */
	Instant handlingDueAt(Instant acceptedAt);

	/** When the warning (预警) of a clock running from {@code start} to {@code due} is raised. */
	Instant warningAt(Instant start, Instant due);

	/** Whether one more extension may be asked for after {@code granted} approved ones. */
	boolean allowsAnotherExtension(int granted);

	/** The longest extension one request may ask for (working days, or calendar days for petitions). */
	int maxExtensionDays();

	/** The message code of a request for a number of days outside 1..{@link #maxExtensionDays()}. */
	String extensionDaysRefusal();

	/** The due date after an approved extension of {@code days}. */
	Instant extendedDueAt(Instant acceptedAt, Instant currentDue, int days, int grantedBefore);
}
