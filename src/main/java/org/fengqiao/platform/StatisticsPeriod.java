package org.fengqiao.platform;

import java.time.Instant;
import java.time.LocalDate;


/**
 * A statistics period of Asia/Shanghai days (monthly rollups answer its whole months), {@code from} and {@code to} inclusive (either open), split into the
 * whole months inside it, which the rollups answer, and the partial months at its edges, counted live:
 * {@code [start, wholeStart)} and {@code [wholeEnd, end)}. A period with no whole month is all edge.
 *
 * @param start the first instant of the period
 * @param end the instant just after the period
 * @param wholeFrom the first whole month (its first day)
 * @param wholeTo the first day of the month after the last whole month (exclusive)
 */
public record StatisticsPeriod(Instant start, Instant end, LocalDate wholeFrom, LocalDate wholeTo) {

	/** Before any case: an open {@code from}. */
	public static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
	/** After any case: an open {@code to}. */
	public static final LocalDate LAST_DAY = LocalDate.of(9998, 12, 31);

	public static StatisticsPeriod of(LocalDate from, LocalDate to) {
		LocalDate first = from == null ? FIRST_DAY : from;
		LocalDate last = to == null ? LAST_DAY : to;
		LocalDate wholeFrom = first.getDayOfMonth() == 1 ? first : first.withDayOfMonth(1).plusMonths(1);
		LocalDate wholeTo = last.plusDays(1).withDayOfMonth(1);
		if (!wholeFrom.isBefore(wholeTo)) {
			wholeFrom = first;
			wholeTo = first;
		}
		return new StatisticsPeriod(Times.startOf(first), Times.endOf(last), wholeFrom, wholeTo);
	}

	/** The first instant of the whole months: the low edge ends here. */
	public Instant wholeStart() {
		return Times.startOf(wholeFrom);
	}

	/** The instant just after the whole months: the high edge starts here. */
	public Instant wholeEnd() {
		return Times.startOf(wholeTo);
	}
}
