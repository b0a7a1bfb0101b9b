package org.fengqiao.people.residents;

import java.util.List;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "people")
class ResidentController {

	/** What the caller may do on the registers: create, import, export. */
	record RegisterActions(List<String> allowedActions) {
	}

	private final Residents residents;
	private final RegisterFilters filters;

	ResidentController(Residents residents, RegisterFilters filters) {
		this.residents = residents;
		this.filters = filters;
	}

	@Operation(operationId = "listResidents", summary = "List residents",
			description = "A page of residents within the caller's scope, numbers masked. `idNumber` finds the exact full "
					+ "number; `q` a part of the name. County viewers get the count only.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/residents")
	Page<ResidentView> list(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String grid,
			@RequestParam(required = false) Long household,
			@Parameter(schema = @Schema(allowableValues = { "PRESENT", "MOVED_OUT", "DECEASED",
					"DEREGISTERED" })) @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Caller caller = CurrentCaller.get();
		return residents.list(filters.residents(region, q, idNumber, grid, household, status, caller), caller,
				PageQuery.of(page, size));
	}

	@Operation(operationId = "registerResident", summary = "Register a resident",
			description = "Checks the ID number's GB 11643 check digit (400 with `errors[].field = \"idNumber\"`), "
					+ "derives gender and birth date, validates the phone, encrypts both numbers.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/residents")
	@ResponseStatus(HttpStatus.CREATED)
	ResidentView create(@RequestBody ResidentInput body) {
		return residents.create(body, CurrentCaller.get());
	}

	@Operation(operationId = "getResident", summary = "Read a resident", description = "Numbers masked.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/residents/{id}")
	ResidentView get(@PathVariable long id) {
		return residents.get(id, CurrentCaller.get());
	}

	@Operation(operationId = "updateResident", summary = "Change a resident",
			description = "The same checks as registering; `version` guards against a change made meanwhile (409).")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PutMapping("/api/residents/{id}")
	ResidentView update(@PathVariable long id, @RequestBody ResidentInput body) {
		return residents.update(id, body, CurrentCaller.get());
	}

	@Operation(operationId = "unmaskResident", summary = "Show a resident's numbers in clear",
			description = "For holders of the unmask permission (the town's center leaders); every read is audited.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/residents/{id}/unmasked")
	Residents.Unmasked unmasked(@PathVariable long id) {
		return residents.unmask(id, CurrentCaller.get());
	}

	@Operation(operationId = "getResidentHistory", summary = "A resident's history",
			description = "Registration, changes and life events, oldest first.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/residents/{id}/history")
	List<ResidentHistory.Entry> history(@PathVariable long id) {
		return residents.history(id, CurrentCaller.get());
	}

	@Operation(operationId = "recordLifeEvent", summary = "Record a life event",
			description = "MOVED_IN (optionally into a household), MOVED_OUT (with `destination`), DECEASED or "
					+ "DEREGISTERED, each with its `date`; 409 when the resident's status does not allow it.")
	@ApiResponse(responseCode = "201", description = "Recorded; the resident as it is now")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/residents/{id}/events")
	@ResponseStatus(HttpStatus.CREATED)
	ResidentView event(@PathVariable long id, @RequestBody Residents.EventInput body) {
		return residents.recordEvent(id, body, CurrentCaller.get());
	}

	@Operation(operationId = "getRegisterActions", summary = "What the caller may do on the people registers",
			description = "`create`, `import` and `export`, for the pages' buttons.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/people/actions")
	RegisterActions actions() {
		return new RegisterActions(PeopleAccess.registerActions(CurrentCaller.get()));
	}
}
