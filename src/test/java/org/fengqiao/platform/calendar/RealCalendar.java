package org.fengqiao.platform.calendar;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Test fixture: the real 2025 and 2026 calendar, copied from shared/data/holidays.csv. */
public final class RealCalendar {

	private RealCalendar() {
	}

	public static WorkingDayCalendar load() {
		try (InputStream in = RealCalendar.class.getResourceAsStream("/holidays.csv")) {
			if (in == null) {
				throw new IllegalStateException("holidays.csv is missing from the test resources");
			}
			return new WorkingDayCalendar(HolidayCsv.parse(new InputStreamReader(in, StandardCharsets.UTF_8)));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
