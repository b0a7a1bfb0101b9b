package org.fengqiao.directory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "directory")
class DutyController {

	record DutyBody(@NotNull @Size(max = DutyRoster.MAX_LEADERS) List<@NotNull Long> staffIds) {
	}

	private final DutyRoster roster;

	DutyController(DutyRoster roster) {
		this.roster = roster;
	}

	@Operation(operationId = "getDuty", summary = "Read a center's duty leaders of a day",
			description = "The duty leader(s) (值班领导) of a governance center on a day, phones masked; by default the "
					+ "caller's own center, today. `kind=RECEPTION` reads the leader reception-day roster (带班接访) instead.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/duty")
	DutyRoster.Duty duty(@RequestParam(required = false) String unit,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) DutyKind kind) {
		return roster.duty(unit, date, kind == null ? DutyKind.DUTY : kind, CurrentCaller.get());
	}

	@Operation(operationId = "listDutyOfMonth", summary = "Read a center's duty leaders of a month",
			description = "Every day of the month (`2026-03`) that has a duty leader, oldest first; by default the caller's "
					+ "own center.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/duty/month")
	List<DutyRoster.Duty> month(@RequestParam(required = false) String unit,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) DutyKind kind) {
		return roster.month(unit, month, kind == null ? DutyKind.DUTY : kind, CurrentCaller.get());
	}

	@Operation(operationId = "setDuty", summary = "Set a center's duty leaders of a day",
			description = "For administrators and the center's own leaders: replaces the day's duty leaders with these "
					+ "staff of the center's town (none clears the day); `kind=RECEPTION` sets the reception-day leaders.")
	@ApiResponse(responseCode = "200", description = "The day's duty as stored")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PutMapping("/api/duty/{unit}/{date}")
	DutyRoster.Duty assign(@PathVariable String unit,
			@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Valid @RequestBody DutyBody body, @RequestParam(required = false) DutyKind kind) {
		return roster.assign(unit, date, kind == null ? DutyKind.DUTY : kind, body.staffIds(), CurrentCaller.get());
	}
}
