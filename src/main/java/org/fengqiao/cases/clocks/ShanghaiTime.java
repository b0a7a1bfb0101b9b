package org.fengqiao.cases.clocks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** Limits fall due at the end of a local day in China. */
public final class ShanghaiTime {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
	static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

	private ShanghaiTime() {
	}

	static LocalDate localDate(Instant instant, ZoneId zone) {
		return instant.atZone(zone).toLocalDate();
	}

	static Instant endOfDay(LocalDate date, ZoneId zone) {
		return date.atTime(END_OF_DAY).atZone(zone).toInstant();
	}
}
