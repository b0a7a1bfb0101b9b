package org.fengqiao.platform.audit;

import java.time.LocalDate;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/audit}: the audit log, for administrators. */
@RestController
@Tag(name = "audit")
class AuditController {

	private final AuditLog audit;

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@Operation(operationId = "listAuditEntries", summary = "Search the audit log",
			description = "A page of audit entries, newest first; for administrators.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/audit")
	Page<AuditLog.Entry> list(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		CurrentCaller.get().requireRole("audit.forbidden");
		return audit.entries(new AuditLog.Query(actor, recordType, recordId, from, to), PageQuery.of(page, size));
	}
}
