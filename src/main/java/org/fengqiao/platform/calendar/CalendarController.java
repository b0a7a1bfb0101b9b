package org.fengqiao.platform.calendar;

import java.util.List;
import java.util.stream.Collectors;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /api/calendar}: the working-day calendar, one year at a time. Any logged-in user reads it
 * (the security chain refuses anonymous calls to {@code /api/**}); only administrators replace a year.
 */
@RestController
@Tag(name = "calendar")
class CalendarController {

	record YearBody(List<CalendarYearRules.Entry> days) {
	}

	/** The years still to enter, and a localized warning while there are any. */
	record Status(List<Integer> missingYears, String warning) {
	}

	private final CalendarYears years;
	private final CalendarWatch watch;
	private final MessageSource messages;

	CalendarController(CalendarYears years, CalendarWatch watch, MessageSource messages) {
		this.years = years;
		this.watch = watch;
		this.messages = messages;
	}

	@Operation(operationId = "getCalendarStatus", summary = "Check for missing calendar years",
			description = "The years still to enter and a localized warning (from 1 December about the next year).")
	@GetMapping("/api/calendar/status")
	Status status() {
		List<Integer> missing = watch.missingYears();
		if (missing.isEmpty()) {
			return new Status(missing, null);
		}
		// years as text, so that the message format does not print 2027 as "2,027"
		String listed = missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
		return new Status(missing, messages.getMessage("calendar.missing", new Object[] { listed },
				LocaleContextHolder.getLocale()));
	}

	@Operation(operationId = "getCalendarYear", summary = "Read a year of the working-day calendar",
			description = "The holidays and adjusted working days of a year; `defined: false` when the year is missing "
					+ "(Monday–Friday count as working days).")
	@GetMapping("/api/calendar/{year}")
	CalendarYears.Year get(@PathVariable int year) {
		return years.get(year);
	}

	@Operation(operationId = "replaceCalendarYear", summary = "Replace a year of the working-day calendar",
			description = "For administrators.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/calendar/{year}")
	CalendarYears.Year replace(@PathVariable int year, @RequestBody YearBody body) {
		return years.replace(year, body.days(), CurrentCaller.get());
	}
}
