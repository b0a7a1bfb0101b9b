package org.fengqiao.mediation.screening;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

@RestController
@Tag(name = "screening rounds")
class ScreeningController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ScreeningRounds rounds;
	private final LedgerExport ledger;
	private final AuditLog audit;

	ScreeningController(ScreeningRounds rounds, LedgerExport ledger, AuditLog audit) {
		this.rounds = rounds;
		this.ledger = ledger;
		this.audit = audit;
	}

	@Operation(operationId = "listScreeningRounds", summary = "Screening rounds of a region",
			description = "Newest deadline first, each with its villages' status (PENDING before the deadline, MISSING "
					+ "after it, REPORTED with the dispute case numbers, NONE for a zero report). A village's code gives "
					+ "its town's rounds; a caller sees the villages of the round inside its scope.")
	@ApiResponse(responseCode = "200", description = "A page of rounds")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/screening-rounds")
	Page<ScreeningRounds.RoundView> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return rounds.list(region, CurrentCaller.get(), PageQuery.of(page, size));
	}

	@Operation(operationId = "getScreeningRoundActions", summary = "What the caller may do on the rounds",
			description = "`open` for town center staff and leaders; empty otherwise.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/screening-rounds/actions")
	ScreeningRounds.ListActions actions() {
		return rounds.listActions(CurrentCaller.get());
	}

	@Operation(operationId = "getScreeningRound", summary = "A screening round and its villages' answers")
	@ApiResponse(responseCode = "200", description = "The round")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/screening-rounds/{id}")
	ScreeningRounds.RoundView get(@PathVariable long id) {
		return rounds.get(id, CurrentCaller.get());
	}

	@Operation(operationId = "openScreeningRound", summary = "Open a screening round for a town (town center)",
			description = "Every village of the town is asked to report by the deadline: the end of the `deadline` day "
					+ "(a rest day moves to the next working day), five working days from today when none is given. "
					+ "Villages that have not answered by then are flagged to the town's desk once.")
	@ApiResponse(responseCode = "201", description = "The round")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PostMapping("/api/screening-rounds")
	@ResponseStatus(HttpStatus.CREATED)
	ScreeningRounds.RoundView open(@Valid @RequestBody OpenRound body) {
		return rounds.open(body, CurrentCaller.get());
	}

	@Operation(operationId = "reportScreeningFindings", summary = "A village reports the disputes it found, or none",
			description = "`disputes`: numbers of DISPUTE cases of that village (findings are cases: take them in "
					+ "first); `none: true` for an explicit zero report. A later answer replaces an earlier one; an "
					+ "answer after the deadline is kept and marked `late`.")
	@ApiResponse(responseCode = "200", description = "The round")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PostMapping("/api/screening-rounds/{id}/reports")
	ScreeningRounds.RoundView report(@PathVariable long id, @Valid @RequestBody VillageReport body) {
		return rounds.report(id, body, CurrentCaller.get());
	}

	@Operation(operationId = "exportScreeningLedger", summary = "The round's ledger (台账) as Excel",
			description = "One row per dispute found, and one per village that reported none or missed the deadline, "
					+ "in the columns of a town's ledger; for town center staff and leaders; audited.")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/screening-rounds/{id}/ledger.xlsx")
	void exportLedger(@PathVariable long id, HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.get();
		ScreeningRounds.RoundView round = rounds.get(id, caller);
		if (!ScreeningRounds.mayExport(caller)) {
			throw ApiException.forbidden("screening.export-forbidden");
		}
		audit.record("EXPORT", ScreeningRounds.RECORD_TYPE, String.valueOf(id));
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
				+ URLEncoder.encode("排查台账-" + round.title() + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20"));
		response.setHeader("Cache-Control", "no-store");
		ledger.write(round, caller, response.getOutputStream());
	}
}
