package org.fengqiao.cases;

import java.time.LocalDate;
import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@Tag(name = "cases")
class CaseController {

	/** {@code 201} body: the case's fields plus {@code possibleDuplicates}. */
	record CreatedBody(@JsonUnwrapped CaseView view, List<PossibleDuplicate> possibleDuplicates) {
	}

	private final Cases cases;

	CaseController(Cases cases) {
		this.cases = cases;
	}

	@Operation(operationId = "receiveCase", summary = "Receive a case",
			description = "Registers an appeal, dispute, petition, hazard, opinion or incident and numbers it. "
					+ "Answers 201 with the case and `possibleDuplicates`; the same `Idempotency-Key` from the same "
					+ "user again answers 200 with the first case (keys are kept 7 days).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = IntakeRequest.class),
					examples = @ExampleObject(name = "dispute", summary = "A dispute found on grid patrol",
							value = CaseApiExamples.INTAKE))))
	@ApiResponse(responseCode = "201", description = "The case was received")
	@ApiResponse(responseCode = "200", description = "A replay of an earlier request with the same Idempotency-Key")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@ApiResponse(responseCode = "422", ref = ProblemResponses.IDEMPOTENCY_MISMATCH)
	@PostMapping("/api/cases")
	ResponseEntity<CreatedBody> create(@Valid @RequestBody IntakeRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Cases.Created created = cases.create(body, idempotencyKey, CurrentCaller.get());
		return ResponseEntity.status(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(new CreatedBody(created.view(), created.possibleDuplicates()));
	}

	/** The answer of {@code POST /api/cases/repeat-check}. */
	record RepeatCheckBody(List<PossibleDuplicate> possibleDuplicates) {
	}

	@Operation(operationId = "checkRepeats", summary = "Find likely repeats before taking a case in",
			description = "The intake body is checked as intake checks it and compared with open cases by the same repeat "
					+ "rule (same ID or phone number, or the same village with similar text); nothing is stored.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = IntakeRequest.class),
					examples = @ExampleObject(name = "dispute", summary = "A dispute found on grid patrol",
							value = CaseApiExamples.INTAKE))))
	@ApiResponse(responseCode = "200", description = "The likely repeats (possibly none)")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/cases/repeat-check")
	RepeatCheckBody repeatCheck(@Valid @RequestBody IntakeRequest body) {
		return new RepeatCheckBody(cases.repeatCheck(body, CurrentCaller.get()));
	}

	@Operation(operationId = "getCase", summary = "Read a case",
			description = "The case with reporter contact masked and `allowedActions`: exactly the actions the "
					+ "caller may take on it now.")
	@GetMapping("/api/cases/{number}")
	CaseView get(@PathVariable String number) {
		return cases.get(number, CurrentCaller.get());
	}

	@Operation(operationId = "listCases", summary = "List cases in scope",
			description = "A page of the cases in the caller's scope, newest first, filtered. `status` and `level` take "
					+ "several comma-separated values (`status=RECEIVED,REOPENED`); `mine` keeps the open cases the caller "
					+ "received. The queue flags: `warning=true` warned, not yet overdue and still open; `supervised=true` "
					+ "under supervision; `extensionPending=true` an extension request waits for approval; `part=CO` the "
					+ "caller's unit is a co-unit (`part=LEAD`: the lead unit).")
	@GetMapping("/api/cases")
	Page<CaseView> list(@RequestParam(required = false) List<CaseStatus> status,
			@RequestParam(required = false) CaseKind kind, @RequestParam(required = false) List<CaseLevel> level,
			@RequestParam(required = false) String region, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false, defaultValue = "false") boolean mine,
			@RequestParam(required = false) Boolean warning, @RequestParam(required = false) Boolean supervised,
			@RequestParam(required = false) Boolean extensionPending, @RequestParam(required = false) CasePart part,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return cases.list(new CaseFilter(status, kind, level, region, unit, overdue, q, from, to, mine, warning,
				supervised, extensionPending, part), CurrentCaller.get(), PageQuery.of(page, size));
	}

	@Operation(operationId = "countCaseQueues", summary = "Count the caller's queues",
			description = "The counts of the menu's queues and the workbench's cards over the cases the caller sees, in "
					+ "one request; each equals the `total` of its list: `toDispatch` (`status=RECEIVED,RETURNED,"
					+ "ESCALATED,REOPENED`), `returned`, `escalated`, `inProgress` (`status=DISPATCHED,ACCEPTED,"
					+ "IN_PROGRESS`), `toFeedback` (`RESOLVED`), `toVisit` (`FEEDBACK_GIVEN`), `warning` "
					+ "(`warning=true`), `overdue` (`overdue=true` and open: `status=RECEIVED,DISPATCHED,ACCEPTED,"
					+ "IN_PROGRESS,RETURNED,ESCALATED,REOPENED`), `supervised` (`supervised=true` and open), "
					+ "`extensionPending` (`extensionPending=true`), `toAccept` (`DISPATCHED`), `handling` (`ACCEPTED,"
					+ "IN_PROGRESS`) and `coTasks` (`part=CO&status=DISPATCHED,ACCEPTED,IN_PROGRESS`).")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/counts")
	QueueCounts counts() {
		return cases.counts(CurrentCaller.get());
	}

	@Operation(operationId = "getRoutingSuggestion", summary = "The unit the routing rules suggest for a case",
			description = "The routing rule for the case's category and place (its lead unit, co-units and level), for the "
					+ "dispatch dialog to pre-fill; all fields null when no rule applies. A suggestion never dispatches.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/{number}/routing-suggestion")
	Cases.RoutingSuggestion routingSuggestion(@PathVariable String number) {
		return cases.routingSuggestion(number, CurrentCaller.get());
	}

	@Operation(operationId = "getCaseTimeline", summary = "Read a case's timeline",
			description = "The case's events, oldest first.")
	@GetMapping("/api/cases/{number}/timeline")
	List<Cases.TimelineEntry> timeline(@PathVariable String number) {
		return cases.timeline(number, CurrentCaller.get());
	}

	@Operation(operationId = "takeAction", summary = "Take an action on a case",
			description = "Moves the case by one action of the lifecycle; each action reads the body fields it needs "
					+ "(`dispatch`: `leadUnit`, `coUnits`; `return`, `escalate`, `reopen`: `reason`; `report`, "
					+ "`resolve`: `result`; `feedback`: `method`, `message`; `visit`: `satisfaction`, `comment`; "
					+ "`close`: `comment`; `merge`: `into`; `supervise`: `level`, `comment`; `extend`: `days`, "
					+ "`reason`; `approve-extension`: `approved`, `comment`; `accept`, `start`: none). "
					+ "403 when the caller's role can never take it, 409 when the case's state does not allow it.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
					mediaType = "application/json", schema = @Schema(implementation = ActionRequest.class),
					examples = {
							@ExampleObject(name = "dispatch", summary = "dispatch: lead unit and co-units",
									value = CaseApiExamples.DISPATCH),
							@ExampleObject(name = "resolve", summary = "resolve: the result",
									value = CaseApiExamples.RESOLVE),
							@ExampleObject(name = "visit", summary = "visit: the reporter's rating",
									value = CaseApiExamples.VISIT) })))
	@ApiResponse(responseCode = "200", description = "The case after the action")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/cases/{number}/{action}")
	CaseView act(@PathVariable String number,
			@Parameter(description = "The action, as named in the action table", schema = @Schema(
					type = "string", allowableValues = { "dispatch", "accept", "return", "start", "report", "resolve",
							"escalate", "feedback", "visit", "close", "reopen", "merge", "supervise", "extend",
							"approve-extension", "not-accept" })) @PathVariable String action,
			@Valid @RequestBody(required = false) ActionRequest body) {
		return cases.act(number, action, body, CurrentCaller.get());
	}
}
