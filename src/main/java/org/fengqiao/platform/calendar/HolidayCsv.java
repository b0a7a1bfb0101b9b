package org.fengqiao.platform.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the holiday file: a header {@code date,kind,name}, then one line per date,
 * e.g. {@code 2025-01-26,WORKDAY,春节}. Blank lines are skipped; the name is everything
 * after the second comma.
 */
public final class HolidayCsv {

	static final String HEADER = "date,kind,name";

	private HolidayCsv() {
	}

	public static List<CalendarDay> parse(Reader source) {
		try (BufferedReader reader = new BufferedReader(source)) {
			String header = reader.readLine();
			if (header == null || !stripBom(header).strip().equals(HEADER)) {
				throw new IllegalArgumentException("the holiday file must start with '" + HEADER + "'");
			}
			List<CalendarDay> days = new ArrayList<>();
			int lineNumber = 1;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (!line.isBlank()) {
					days.add(parseLine(line, lineNumber));
				}
			}
			return List.copyOf(days);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the holiday file", e);
		}
	}

	private static CalendarDay parseLine(String line, int lineNumber) {
		String[] fields = line.split(",", 3);
		if (fields.length < 2) {
			throw invalid(lineNumber, "expected date,kind,name but got '" + line + "'");
		}
		try {
			LocalDate date = LocalDate.parse(fields[0].strip());
			DayKind kind = DayKind.valueOf(fields[1].strip().toUpperCase(Locale.ROOT));
			return new CalendarDay(date, kind, fields.length == 3 ? fields[2] : "");
		} catch (DateTimeParseException | IllegalArgumentException e) {
			throw invalid(lineNumber, e.getMessage());
		}
	}

	private static IllegalArgumentException invalid(int lineNumber, String reason) {
		return new IllegalArgumentException("holiday file line " + lineNumber + ": " + reason);
	}

	private static String stripBom(String text) {
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}
}
