package org.fengqiao.cases;

import java.time.LocalDate;
import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
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

import jakarta.validation.Valid;

@RestController
class CaseController {

	/** {@code 201} body: the case's fields plus {@code possibleDuplicates}. */
	record CreatedBody(@JsonUnwrapped CaseView view, List<PossibleDuplicate> possibleDuplicates) {
	}

	private final Cases cases;

	CaseController(Cases cases) {
		this.cases = cases;
	}

	@PostMapping("/api/cases")
	ResponseEntity<CreatedBody> create(@Valid @RequestBody IntakeRequest body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		Cases.Created created = cases.create(body, idempotencyKey, CurrentCaller.get());
		return ResponseEntity.status(created.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
			.body(new CreatedBody(created.view(), created.possibleDuplicates()));
	}

	@GetMapping("/api/cases/{number}")
	CaseView get(@PathVariable String number) {
		return cases.get(number, CurrentCaller.get());
	}

	@GetMapping("/api/cases")
	Page<CaseView> list(@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) CaseKind kind,
			@RequestParam(required = false) String region, @RequestParam(required = false) String unit,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false, defaultValue = "false") boolean mine,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return cases.list(new CaseFilter(status, kind, region, unit, overdue, q, from, to, mine), CurrentCaller.get(),
				PageQuery.of(page, size));
	}

	@GetMapping("/api/cases/{number}/timeline")
	List<Cases.TimelineEntry> timeline(@PathVariable String number) {
		return cases.timeline(number, CurrentCaller.get());
	}

	@PostMapping("/api/cases/{number}/{action}")
	CaseView act(@PathVariable String number, @PathVariable String action,
			@Valid @RequestBody(required = false) ActionRequest body) {
		return cases.act(number, action, body, CurrentCaller.get());
	}
}
