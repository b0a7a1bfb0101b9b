package org.fengqiao.platform.calendar;

/** What an entry of the calendar says about its date. */
public enum DayKind {
	/** A public holiday or a bridging rest day: no work, even on a weekday. */
	HOLIDAY,
	/** A make-up working day (调休): work, even on a Saturday or Sunday. */
	WORKDAY
}
