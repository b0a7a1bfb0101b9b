package org.fengqiao.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Times are stored in UTC and shown in Asia/Shanghai. */
public final class Times {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private Times() {
	}

	public static OffsetDateTime local(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).atZone(ZONE).toOffsetDateTime();
	}

	/** Start of an inclusive local {@code from} date. */
	public static Instant startOf(LocalDate date) {
		return date.atStartOfDay(ZONE).toInstant();
	}

	/** The instant just after an inclusive local {@code to} date. */
	public static Instant endOf(LocalDate date) {
		return date.plusDays(1).atStartOfDay(ZONE).toInstant();
	}
}
