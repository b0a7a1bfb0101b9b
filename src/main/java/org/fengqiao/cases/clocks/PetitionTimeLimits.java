package org.fengqiao.cases.clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * When a petition is due (《信访工作条例》, calendar days): whether to accept it is decided
 * within 15 days of receipt; an accepted one is handled within 60 days, extendable once by
 * at most 30 ({@link PetitionHandlingPeriod}). A period whose last day is a rest day ends on
 * the next working day. Every limit falls due at 23:59:59 local time of its last day.
 */
public final class PetitionTimeLimits {

	public static final int ACCEPTANCE_DAYS = 15;

	private final WorkingDayCalendar calendar;
	private final ZoneId zone;

	public PetitionTimeLimits(WorkingDayCalendar calendar) {
		this(calendar, ShanghaiTime.ZONE);
	}

	public PetitionTimeLimits(WorkingDayCalendar calendar, ZoneId zone) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
		this.zone = Objects.requireNonNull(zone, "zone");
	}

	/** The deadline for deciding whether to accept a petition received at that moment. */
	public Instant acceptanceDueAt(Instant receivedAt) {
		LocalDate receivedOn = ShanghaiTime.localDate(Objects.requireNonNull(receivedAt, "receivedAt"), zone);
		return endOfPeriod(receivedOn.plusDays(ACCEPTANCE_DAYS));
	}

	/** The handling period of a petition accepted at that moment, not yet extended. */
	public PetitionHandlingPeriod handlingPeriod(Instant acceptedAt) {
		return PetitionHandlingPeriod.acceptedOn(
				ShanghaiTime.localDate(Objects.requireNonNull(acceptedAt, "acceptedAt"), zone));
	}

	/** The deadline of a handling period, extended or not. */
	public Instant dueAt(PetitionHandlingPeriod period) {
		return endOfPeriod(Objects.requireNonNull(period, "period").lastDay());
	}

	/** The deadline for handling a petition accepted at that moment, without extension. */
	public Instant handlingDueAt(Instant acceptedAt) {
		return dueAt(handlingPeriod(acceptedAt));
	}

	private Instant endOfPeriod(LocalDate nominalLastDay) {
		return ShanghaiTime.endOfDay(calendar.nextWorkingDayOnOrAfter(nominalLastDay), zone);
	}
}
