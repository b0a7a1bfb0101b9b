package org.fengqiao.cases.clocks;

import org.fengqiao.cases.rules.SlaPolicy;
import java.time.Instant;

import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * The clocks of every case that is not a petition: sign for within the SLA's hours of dispatch, resolve
 * within its working days from the day after sign-for, a warning after its share of that time; an extension
 * of at most {@link #MAX_EXTENSION_WORKING_DAYS} working days, approved by the handling body's head.
 */
public final class OrdinaryTimeLimits implements TimeLimitPolicy {

	/** The longest extension one request may ask for, in working days (about three months). */
	static final int MAX_EXTENSION_WORKING_DAYS = 60;

	private final CaseClock clock;
	private final SlaPolicy sla;

	OrdinaryTimeLimits(WorkingDayCalendar calendar, SlaPolicy sla) {
		this.clock = new CaseClock(calendar);
		this.sla = sla;
	}

	@Override
	public Instant signForDeadlineAtIntake(Instant receivedAt) {
		return null;
	}

	@Override
	public Instant signForDeadlineAtDispatch(Instant receivedAt, Instant dispatchedAt) {
		return clock.signForDeadline(dispatchedAt, sla.signForHours());
	}

	@Override
	public boolean signForClockSurvivesStops() {
		return false;
	}

	@Override
	public Instant handlingDueAt(Instant acceptedAt) {
		return clock.handlingDueAt(acceptedAt, sla.handlingWorkingDays());
	}

	@Override
	public Instant warningAt(Instant start, Instant due) {
		return clock.warningAt(start, due, sla.warningFraction());
	}

	@Override
	public boolean allowsAnotherExtension(int granted) {
		return true;
	}

	@Override
	public int maxExtensionDays() {
		return MAX_EXTENSION_WORKING_DAYS;
	}

	@Override
	public String extensionDaysRefusal() {
		return "case.extension-days";
	}

	@Override
	public Instant extendedDueAt(Instant acceptedAt, Instant currentDue, int days, int grantedBefore) {
		return clock.extendDue(currentDue, days);
	}
}
