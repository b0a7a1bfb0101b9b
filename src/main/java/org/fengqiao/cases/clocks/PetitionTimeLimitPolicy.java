package org.fengqiao.cases.clocks;

import org.fengqiao.cases.rules.SlaPolicy;
import java.time.Instant;

import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * The clocks of a petition (《信访工作条例》, calendar days, {@link PetitionTimeLimits}): the 15-day acceptance
 * limit runs from receipt — through returns and escalations — until the petition is signed for; handling
 * takes 60 days from acceptance, extendable once by at most 30. The SLA policy gives only the warning share.
 */
public final class PetitionTimeLimitPolicy implements TimeLimitPolicy {

	private final PetitionTimeLimits limits;
	private final CaseClock clock;
	private final SlaPolicy sla;

	PetitionTimeLimitPolicy(WorkingDayCalendar calendar, SlaPolicy sla) {
		this.limits = new PetitionTimeLimits(calendar);
		this.clock = new CaseClock(calendar);
		this.sla = sla;
	}

	@Override
	public Instant signForDeadlineAtIntake(Instant receivedAt) {
		return limits.acceptanceDueAt(receivedAt);
	}

	@Override
	public Instant signForDeadlineAtDispatch(Instant receivedAt, Instant dispatchedAt) {
		return limits.acceptanceDueAt(receivedAt);
	}

	@Override
	public boolean signForClockSurvivesStops() {
		return true;
	}

	@Override
	public Instant handlingDueAt(Instant acceptedAt) {
		return limits.handlingDueAt(acceptedAt);
	}

	@Override
	public Instant warningAt(Instant start, Instant due) {
		return clock.warningAt(start, due, sla.warningFraction());
	}

	@Override
	public boolean allowsAnotherExtension(int granted) {
		return granted == 0;
	}

	@Override
	public int maxExtensionDays() {
		return PetitionHandlingPeriod.MAX_EXTENSION_DAYS;
	}

	@Override
	public String extensionDaysRefusal() {
		return "petition.extension-too-long";
	}

	@Override
	public Instant extendedDueAt(Instant acceptedAt, Instant currentDue, int days, int grantedBefore) {
		return limits.dueAt(limits.handlingPeriod(acceptedAt).extend(days));
	}
}
