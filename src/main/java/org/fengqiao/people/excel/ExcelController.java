package org.fengqiao.people.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.fengqiao.people.residents.PeopleAccess;
import org.fengqiao.people.residents.RegisterFilters;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.excel.XlsxExport;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** The registers' Excel side: the import template, the exports of the lists, an import's error workbook. */
@RestController
@Tag(name = "people")
class ExcelController {

	static final String XLSX = XlsxExport.XLSX;

	private final RegisterTemplate template;
	private final RegisterExport export;
	private final RegisterFilters filters;
	private final ErrorWorkbooks errors;
	private final AuditLog audit;

	ExcelController(RegisterTemplate template, RegisterExport export, RegisterFilters filters, ErrorWorkbooks errors,
			AuditLog audit) {
		this.template = template;
		this.export = export;
		this.filters = filters;
		this.errors = errors;
		this.audit = audit;
	}

	@Operation(operationId = "getResidentTemplate", summary = "Download the register template",
			description = "The household/resident template for `POST /api/imports/residents`: header, a sample row and "
					+ "the code lists, with the villages and grids the caller may import into.")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/residents/template.xlsx")
	void template(HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.get();
		if (!PeopleAccess.mayImport(caller)) {
			throw ApiException.forbidden("people.import-forbidden");
		}
		template.write(caller.scope(), open(response, "人口登记导入模板.xlsx"));
	}

	@Operation(operationId = "exportResidents", summary = "Export residents to Excel",
			description = "The resident list with the same filters, numbers masked, streamed; for holders of the export "
					+ "permission; audited.")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/residents/export.xlsx")
	void exportResidents(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String grid,
			@RequestParam(required = false) Long household, @RequestParam(required = false) String status,
			HttpServletResponse response) throws IOException {
		Caller caller = exporter();
		var filter = filters.residents(region, q, idNumber, grid, household, status, caller);
		audit.record("RESIDENT_EXPORT", "resident", "export");
		export.residents(filter, caller.scope(), open(response, "居民.xlsx"));
	}

	@Operation(operationId = "exportHouseholds", summary = "Export households to Excel",
			description = "The household list with the same filters, streamed; for holders of the export permission; "
					+ "audited.")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/households/export.xlsx")
	void exportHouseholds(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) String grid, @RequestParam(required = false) Boolean active,
			HttpServletResponse response) throws IOException {
		Caller caller = exporter();
		var filter = filters.households(region, q, grid, active, caller);
		audit.record("HOUSEHOLD_EXPORT", "household", "export");
		export.households(filter, caller.scope(), open(response, "户.xlsx"));
	}

	@Operation(operationId = "getImportErrorWorkbook", summary = "Download an import's rejected rows",
			description = "The rows a register import rejected, with their reasons: full rows, so only the importing user "
					+ "downloads them (others get 404); audited; deleted 7 days after the import.")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@GetMapping("/api/residents/imports/{jobId}/errors.xlsx")
	void errorWorkbook(@PathVariable UUID jobId, HttpServletResponse response) throws IOException {
		Caller caller = CurrentCaller.get();
		Path file = errors.ownedBy(jobId, caller.username())
			.orElseThrow(() -> ApiException.notFound("people.error-workbook-not-found"));
		audit.record("IMPORT_ERRORS_DOWNLOAD", "import", jobId.toString());
		response.setContentLengthLong(Files.size(file));
		Files.copy(file, open(response, "导入错误明细.xlsx"));
	}

	private static Caller exporter() {
		Caller caller = CurrentCaller.get();
		if (!PeopleAccess.mayExport(caller)) {
			throw ApiException.forbidden("people.export-forbidden");
		}
		return caller;
	}

	private static OutputStream open(HttpServletResponse response, String fileName) throws IOException {
		return XlsxExport.attachment(response, fileName);
	}
}
