package org.fengqiao.reporting;

import java.time.LocalDate;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

@RestController
@Tag(name = "daily reports")
class DailyReportController {

	/** The body of {@code PUT /api/daily-report-deadlines/{town}}: {@code "17:00"}. */
	record DeadlineBody(@NotBlank String deadline) {
	}

	private final DailyReports reports;

	DailyReportController(DailyReports reports) {
		this.reports = reports;
	}

	@Operation(operationId = "getDailyReports", summary = "A day's reports of a town's villages (or one village)",
			description = "Each village's status: REPORTED, NONE (零报告), PENDING before the town's deadline (default "
					+ "17:00 on working days; a rest day has none), MISSING after it; `date` defaults to today.")
	@ApiResponse(responseCode = "200", description = "The day")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/daily-reports")
	DailyReports.DayView day(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return reports.day(region, date, CurrentCaller.get());
	}

	@Operation(operationId = "getDailyReportMonth", summary = "The month grid: who reported when",
			description = "Per village one status per day of the month (`month` as 2026-03, default this month): null "
					+ "for a rest day without a report and for days ahead; with each village's reported and missing days.")
	@ApiResponse(responseCode = "200", description = "The month")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/daily-reports/month")
	DailyReports.MonthView month(@RequestParam(required = false) String region,
			@RequestParam(required = false) String month) {
		return reports.month(region, month, CurrentCaller.get());
	}

	@Operation(operationId = "submitDailyReport", summary = "A village submits its report for a day",
			description = "The day's events in `content`, or `nothingToReport: true` (零报告). Submitting again replaces "
					+ "the day's report; a report after the deadline is kept and marked `late`. Village cadres, grid "
					+ "members and the town center, for villages in their scope; not for days ahead.")
	@ApiResponse(responseCode = "200", description = "The village's day")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PutMapping("/api/daily-reports/{regionCode}/{date}")
	DailyReports.VillageDay submit(@PathVariable String regionCode,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody SubmitReport body) {
		return reports.submit(regionCode, date, body, CurrentCaller.get());
	}

	@Operation(operationId = "getDailyReportDeadline", summary = "A town's daily report deadline",
			description = "The local time on working days by which villages report; 17:00 unless the town set another. "
					+ "`allowedActions` is `[\"edit\"]` for the town center's staff and leaders (not read-only).")
	@ApiResponse(responseCode = "200", description = "The deadline")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/daily-report-deadlines/{town}")
	DailyReports.Deadline deadline(@PathVariable String town) {
		return reports.deadlineOf(town, CurrentCaller.get());
	}

	@Operation(operationId = "setDailyReportDeadline", summary = "Set a town's daily report deadline (town center)",
			description = "`deadline` as HH:mm, applied from the next check of the deadline.")
	@ApiResponse(responseCode = "200", description = "The deadline")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PutMapping("/api/daily-report-deadlines/{town}")
	DailyReports.Deadline setDeadline(@PathVariable String town, @Valid @RequestBody DeadlineBody body) {
		return reports.setDeadline(town, body.deadline(), CurrentCaller.get());
	}
}
