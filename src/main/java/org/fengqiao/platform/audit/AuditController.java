package org.fengqiao.platform.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private static final String FILTER = """
			WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
			  AND (CAST(:recordType AS text) IS NULL OR record_type = :recordType)
			  AND (CAST(:recordId AS text) IS NULL OR record_id = :recordId)
			  AND at >= :from AND at < :to
			""";
	private static final String SELECT = "SELECT at, actor, action, record_type, record_id, address FROM audit_log "
			+ FILTER + " ORDER BY id DESC LIMIT :limit OFFSET :offset";
	private static final String COUNT = "SELECT count(*) FROM audit_log " + FILTER;

	record AuditEntry(OffsetDateTime at, String actor, String action, String recordType, String recordId,
			String address) {
	}

	private final JdbcClient jdbc;

	AuditController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Operation(operationId = "listAuditEntries", summary = "Search the audit log",
			description = "A page of audit entries, newest first; for administrators.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/audit")
	Page<AuditEntry> list(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		CurrentCaller.get().requireRole("audit.forbidden");
		PageQuery query = PageQuery.of(page, size);
		Instant start = from == null ? Instant.EPOCH : Times.startOf(from);
		Instant end = to == null ? Instant.parse("9999-01-01T00:00:00Z") : Times.endOf(to);
		List<AuditEntry> items = bind(jdbc.sql(SELECT), actor, recordType, recordId, start, end)
			.param("limit", query.size())
			.param("offset", query.offset())
			.query((rs, i) -> new AuditEntry(Times.local(rs.getTimestamp("at").toInstant()), rs.getString("actor"),
					rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
					rs.getString("address")))
			.list();
		long total = bind(jdbc.sql(COUNT), actor, recordType, recordId, start, end).query(Long.class).single();
		return Page.of(items, query, total);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String actor, String recordType,
			String recordId, Instant from, Instant to) {
		return spec.param("actor", actor)
			.param("recordType", recordType)
			.param("recordId", recordId)
			.param("from", java.sql.Timestamp.from(from))
			.param("to", java.sql.Timestamp.from(to));
	}
}
