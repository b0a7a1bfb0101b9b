package org.fengqiao.cases.clocks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * The clocks of an ordinary case (API.md, "Clocks"): the sign-for limit counts clock hours
 * from dispatch; the handling limit counts working days from the day after sign-for and
 * falls due at 23:59:59 local time of its last day.
 */
public final class CaseClock {

	public static final ZoneId ZONE = ShanghaiTime.ZONE;

	private final WorkingDayCalendar calendar;
	private final ZoneId zone;

	public CaseClock(WorkingDayCalendar calendar) {
		this(calendar, ZONE);
	}

	public CaseClock(WorkingDayCalendar calendar, ZoneId zone) {
		this.calendar = Objects.requireNonNull(calendar, "calendar");
		this.zone = Objects.requireNonNull(zone, "zone");
	}

	public Instant signForDeadline(Instant dispatchedAt, int hours) {
		Objects.requireNonNull(dispatchedAt, "dispatchedAt");
		requirePositive(hours, "hours");
		return dispatchedAt.plus(Duration.ofHours(hours));
	}

	/** 23:59:59 local of the n-th working day after the local date of sign-for. */
	public Instant handlingDueAt(Instant acceptedAt, int workingDays) {
		Objects.requireNonNull(acceptedAt, "acceptedAt");
		requirePositive(workingDays, "workingDays");
		LocalDate signedOn = ShanghaiTime.localDate(acceptedAt, zone);
		return ShanghaiTime.endOfDay(calendar.addWorkingDays(signedOn, workingDays), zone);
	}

	/** The moment the given share of the time from start to due has passed (whole seconds, rounded down). */
	public Instant warningAt(Instant start, Instant due, double fraction) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(due, "due");
		if (due.isBefore(start)) {
			throw new IllegalArgumentException("due " + due + " is before start " + start);
		}
		if (!(fraction > 0 && fraction <= 1)) {
			throw new IllegalArgumentException("fraction must lie in (0, 1]: " + fraction);
		}
		long seconds = Duration.between(start, due).getSeconds();
		return start.plusSeconds((long) Math.floor(seconds * fraction));
	}

	/** An approved extension: the due date moves by n working days, still due at 23:59:59 local. */
	public Instant extendDue(Instant currentDue, int workingDays) {
		Objects.requireNonNull(currentDue, "currentDue");
		requirePositive(workingDays, "workingDays");
		LocalDate dueOn = ShanghaiTime.localDate(currentDue, zone);
		return ShanghaiTime.endOfDay(calendar.addWorkingDays(dueOn, workingDays), zone);
	}

	private static void requirePositive(int value, String name) {
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be at least 1: " + value);
		}
	}
}
