package org.fengqiao.people.special;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.fengqiao.people.residents.PeopleAccess;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.excel.XlsxExport;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
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
@Tag(name = "special populations")
class SpecialPopulationController {

	private static final String XLSX = XlsxExport.XLSX;

	private final SpecialPopulations files;
	private final FollowUpRecords records;
	private final FollowUpSummary summary;
	private final SpecialExport export;
	private final AuditLog audit;

	SpecialPopulationController(SpecialPopulations files, FollowUpRecords records, FollowUpSummary summary,
			SpecialExport export, AuditLog audit) {
		this.files = files;
		this.records = records;
		this.summary = summary;
		this.export = export;
		this.audit = audit;
	}

	@Operation(operationId = "getSpecialPopulationActions", summary = "What the caller may do on the files",
			description = "`create` (town center staff and leaders), `export` (holders of the export permission), "
					+ "`tables` (administrators: categories and follow-up rules). Empty for county viewers.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/special-populations/actions")
	FileViews.ListActions actions() {
		return new FileViews.ListActions(FileAccess.listActions(CurrentCaller.get()));
	}

	@Operation(operationId = "exportSpecialPopulations", summary = "Export special-population files to Excel",
			description = "The files list with the same filters, numbers masked, streamed; for holders of the export "
					+ "permission (town center staff and leaders, county center staff for their county); audited.")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/special-populations/export.xlsx")
	void exportFiles(@RequestParam(required = false) String region, @RequestParam(required = false) String category,
			@RequestParam(required = false) Boolean key, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@RequestParam(required = false) Long resident, HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.get();
		if (!PeopleAccess.mayExport(caller)) {
			throw ApiException.forbidden("special.export-forbidden");
		}
		var filter = new FileRepository.Filter(prefix(region), category, key, overdue, due, resident);
		audit.record("EXPORT", SpecialPopulations.RECORD_TYPE, "export");
		export.write(filter, caller.scope(), XlsxExport.attachment(response, "特殊人群.xlsx"));
	}

	@Operation(operationId = "getSpecialPopulationUnmasked", summary = "A file's personal numbers in clear",
			description = "The person's ID number and phone, the family member's phone and the numbers among the "
					+ "category's fields, in clear: for the town's center leaders and the file's team; audited.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/special-populations/{id}/unmasked")
	FileViews.Unmasked unmasked(@PathVariable long id) {
		return files.unmask(id, CurrentCaller.get());
	}

	@Operation(operationId = "summarizeSpecialPopulations", summary = "No-lost-contact figures per village",
			description = "Per village in scope: persons under management, key persons, visits due this week, visits "
					+ "overdue now and the share of the last twelve months' visits recorded on time. County viewers too.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/special-populations/summary")
	List<FollowUpSummary.Village> summary(@RequestParam(required = false) String region) {
		return summary.byVillage(prefix(region), CurrentCaller.get());
	}

	private static String prefix(String region) {
		if (region == null) {
			return null;
		}
		if (!org.fengqiao.platform.RegionCodes.isWellFormed(region)) {
			throw org.fengqiao.platform.ValidationException.of("region", "special.field.region");
		}
		return org.fengqiao.platform.RegionCodes.prefix(region);
	}

	@Operation(operationId = "listSpecialPopulations", summary = "List special-population files in scope",
			description = "A page of the files the caller may read (key persons first), filtered by region, category, "
					+ "key-person flag, whether a follow-up is overdue, `due` (a visit not yet recorded whose period ends by that day) "
					+ "and `resident` (one resident's files, as the resident page lists them). County viewers see counts only (403).")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/special-populations")
	Page<FileViews.Summary> list(@RequestParam(required = false) String region,
			@RequestParam(required = false) String category, @RequestParam(required = false) Boolean key,
			@RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@RequestParam(required = false) Long resident, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return files.list(new FileRepository.Filter(prefix(region), category, key, overdue, due, resident),
				CurrentCaller.get(), PageQuery.of(page, size));
	}

	@Operation(operationId = "getSpecialPopulation", summary = "Read a special-population file",
			description = "The whole file with its category's fields, team, duties and records; personal numbers masked. "
					+ "Every read is audited.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/special-populations/{id}")
	FileViews.Detail get(@PathVariable long id) {
		var caller = CurrentCaller.get();
		files.readable(id, caller);
		return files.get(id, caller, records.duties(id), records.records(id));
	}

	@Operation(operationId = "createSpecialPopulation", summary = "Open a special-population file",
			description = "A file for a resident in one category, with its own fields, risk level, key-person flag and team; "
					+ "its follow-up duties are scheduled at once. Town center staff and leaders.")
	@ApiResponse(responseCode = "201", description = "Created: `{\"id\"}`")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/special-populations")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> create(@Valid @RequestBody FileRequest body) {
		return Map.of("id", files.create(body, CurrentCaller.get()));
	}

	@Operation(operationId = "updateSpecialPopulation", summary = "Update a special-population file",
			description = "Risk level, key-person flag, category fields, team, family situation, state of mind, "
					+ "whereabouts and the monthly review; resident and category stay.")
	@ApiResponse(responseCode = "200", description = "The file")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/special-populations/{id}")
	FileViews.Detail update(@PathVariable long id, @Valid @RequestBody FileRequest body) {
		var caller = CurrentCaller.get();
		files.update(id, body, caller);
		return files.get(id, caller, records.duties(id), records.records(id));
	}

	@Operation(operationId = "recordSpecialPopulationVisit", summary = "Record a follow-up visit",
			description = "Date, method, position from the phone, situation, mood and photos (uploaded first); it fulfils "
					+ "the visit due in its period. With `openCase` the visit opens a case of that kind, linked to it, in "
					+ "the same action.")
	@ApiResponse(responseCode = "201", description = "Created: `{\"id\",\"caseNumber\"}`")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/special-populations/{id}/visits")
	@ResponseStatus(HttpStatus.CREATED)
	FollowUpRecords.Recorded visit(@PathVariable long id, @Valid @RequestBody RecordRequest body) {
		return records.record(id, "VISIT", body, CurrentCaller.get());
	}

	@Operation(operationId = "recordSpecialPopulationRecord", summary = "Record an assessment, counselling or assistance",
			description = "`kind` is ASSESSMENT (with `riskLevel`; fulfils the assessment due), COUNSELLING or ASSISTANCE.")
	@ApiResponse(responseCode = "201", description = "Created: `{\"id\",\"caseNumber\"}`")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/special-populations/{id}/records")
	@ResponseStatus(HttpStatus.CREATED)
	FollowUpRecords.Recorded record(@PathVariable long id, @Valid @RequestBody RecordRequest body) {
		return records.record(id, body.kind() == null ? "" : body.kind(), body, CurrentCaller.get());
	}
}
