package org.fengqiao.petition;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.excel.XlsxExport;
import org.fengqiao.platform.web.ProblemResponses;
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

/** The records under a petition case and the petitioner register. */
@RestController
@Tag(name = "petitions")
class PetitionController {

	private final Petitions petitions;
	private final Visits visits;
	private final Petitioners petitioners;
	private final PetitionerExport export;

	PetitionController(Petitions petitions, Visits visits, Petitioners petitioners, PetitionerExport export) {
		this.petitions = petitions;
		this.visits = visits;
		this.petitioners = petitioners;
		this.export = export;
	}

	@Operation(operationId = "getPetition", summary = "A petition's details",
			description = "Form, people (5 or more: collective), level petitioned and level-skipping, the repeat link "
					+ "and later repeats, and the petitioner — hidden from the handling unit unless the center shares it.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/{number}/petition")
	PetitionViews.Details petition(@PathVariable String number) {
		return petitions.details(number, CurrentCaller.get());
	}

	@Operation(operationId = "savePetition", summary = "Record a petition's details",
			description = "The center records form, people, level, petitioner and the earlier petition it repeats; "
					+ "a level-skipping petition alerts the town's center leaders once.")
	@ApiResponse(responseCode = "200", description = "The details")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/cases/{number}/petition")
	PetitionViews.Details savePetition(@PathVariable String number, @Valid @RequestBody PetitionRequests.Details body) {
		return petitions.saveDetails(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "getPetitionHolding", summary = "A petition's holding",
			description = "The case-holding leader, plan and progress, the statutory limits the case loop keeps "
					+ "(15 days to accept, 60 to handle, one extension of at most 30; calendar days), the written reply "
					+ "and its delivery, and the written notice of not-acceptance.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/{number}/holding")
	PetitionViews.Holding holding(@PathVariable String number) {
		return petitions.holding(number, CurrentCaller.get());
	}

	@Operation(operationId = "holdPetition", summary = "Name the case-holding leader and the plan",
			description = "Center staff and leaders of the holding center.")
	@ApiResponse(responseCode = "200", description = "The holding")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PutMapping("/api/cases/{number}/holding")
	PetitionViews.Holding hold(@PathVariable String number, @Valid @RequestBody PetitionRequests.Holding body) {
		return petitions.hold(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "addPetitionProgress", summary = "Add a progress entry",
			description = "The center or the unit handling the petition.")
	@ApiResponse(responseCode = "201", description = "The holding")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/cases/{number}/holding/progress")
	@ResponseStatus(HttpStatus.CREATED)
	PetitionViews.Holding progress(@PathVariable String number, @Valid @RequestBody PetitionRequests.Progress body) {
		return petitions.progress(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "issuePetitionReply", summary = "Issue the written reply (信访事项处理意见书)",
			description = "After acceptance; printable from the petition file. Issuing again replaces the text and "
					+ "clears the delivery.")
	@ApiResponse(responseCode = "200", description = "The holding")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/cases/{number}/holding/reply")
	PetitionViews.Holding reply(@PathVariable String number, @Valid @RequestBody PetitionRequests.Reply body) {
		return petitions.reply(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "recordPetitionReplyDelivery", summary = "Record how the written reply was delivered",
			description = "IN_PERSON, POST, ONLINE or PUBLIC_NOTICE, and when (default now; not before it was issued).")
	@ApiResponse(responseCode = "200", description = "The holding")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/cases/{number}/holding/reply/delivery")
	PetitionViews.Holding deliver(@PathVariable String number, @Valid @RequestBody PetitionRequests.Delivery body) {
		return petitions.deliver(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "listPetitionVisits", summary = "The five visits of a petition",
			description = "约访 APPOINTMENT, 下访 OUTREACH, 接访 RECEPTION, 回访 RETURN, 面访 FACE_TO_FACE, oldest first.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/{number}/visits")
	List<PetitionViews.Visit> visits(@PathVariable String number) {
		return visits.list(number, CurrentCaller.get());
	}

	@Operation(operationId = "recordPetitionVisit", summary = "Record one of the five visits",
			description = "Date, leader or staff, people met, problems raised and solved, satisfaction. A RETURN record "
					+ "does not move the case (the case loop's return visit is its `visit` action).")
	@ApiResponse(responseCode = "201", description = "The visit")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/cases/{number}/visits")
	@ResponseStatus(HttpStatus.CREATED)
	PetitionViews.Visit recordVisit(@PathVariable String number, @Valid @RequestBody PetitionRequests.Visit body) {
		return visits.record(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "listPetitioners", summary = "The petitioner register",
			description = "Center leaders and the petition office only; red first; every read audited.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/petitioners")
	Page<PetitionViews.Petitioner> petitioners(@RequestParam(required = false) String region,
			@RequestParam(required = false) ControlGrade grade, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return petitioners.list(region, grade, CurrentCaller.get(), PageQuery.of(page, size));
	}

	@Operation(operationId = "exportPetitioners", summary = "Export the petitioner register to Excel",
			description = "The register with the list's filters, streamed in id order; a registered resident's ID number "
					+ "and phone masked; for those who read the register and hold the export permission (center "
					+ "leaders); audited.")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XlsxExport.XLSX, schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/petitioners/export.xlsx")
	void exportPetitioners(@RequestParam(required = false) String region,
			@RequestParam(required = false) ControlGrade grade, HttpServletResponse response) throws IOException {
		var caller = CurrentCaller.get();
		String pattern = export.start(region, caller);
		export.write(pattern, grade, caller, XlsxExport.attachment(response, "信访人名册.xlsx"));
	}

	@Operation(operationId = "getPetitionerActions", summary = "What the caller may do on the register",
			description = "`allowedActions`: `create` (the center and the petition office), `export` (center leaders).")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/petitioners/actions")
	Map<String, List<String>> petitionerActions() {
		return Map.of("allowedActions", PetitionAccess.registerActions(CurrentCaller.get()));
	}

	@Operation(operationId = "getPetitioner", summary = "One petitioner",
			description = "With the petitions the caller may see; center leaders and the petition office; audited.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/petitioners/{id}")
	PetitionViews.Petitioner petitioner(@PathVariable long id) {
		return petitioners.get(id, CurrentCaller.get());
	}

	@Operation(operationId = "createPetitioner", summary = "Register a petitioner",
			description = "A resident or not, with graded control (RED/YELLOW/GREEN), a responsible person and an "
					+ "informant. The center and the petition office.")
	@ApiResponse(responseCode = "201", description = "Created: `{\"id\"}`")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/petitioners")
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Long> createPetitioner(@Valid @RequestBody PetitionRequests.Petitioner body) {
		return Map.of("id", petitioners.create(body, CurrentCaller.get()));
	}

	@Operation(operationId = "updatePetitioner", summary = "Update a petitioner",
			description = "Grade, responsible person, informant and the rest. The center and the petition office.")
	@ApiResponse(responseCode = "200", description = "The petitioner")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/petitioners/{id}")
	PetitionViews.Petitioner updatePetitioner(@PathVariable long id,
			@Valid @RequestBody PetitionRequests.Petitioner body) {
		var caller = CurrentCaller.get();
		petitioners.update(id, body, caller);
		return petitioners.get(id, caller);
	}
}
