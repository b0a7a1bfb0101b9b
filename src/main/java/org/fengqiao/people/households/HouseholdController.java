package org.fengqiao.people.households;

import java.util.List;

import org.fengqiao.people.residents.RegisterFilters;
import org.fengqiao.people.residents.ResidentFilter;
import org.fengqiao.people.residents.ResidentView;
import org.fengqiao.people.residents.Residents;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "people")
class HouseholdController {

	private final Households households;
	private final Residents residents;
	private final RegisterFilters filters;

	HouseholdController(Households households, Residents residents, RegisterFilters filters) {
		this.households = households;
		this.residents = residents;
		this.filters = filters;
	}

	@Operation(operationId = "listHouseholds", summary = "List households",
			description = "A page of households within the caller's scope; `q` a part of the address. County viewers get "
					+ "the count only.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/households")
	Page<HouseholdRecord> list(@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) String grid, @RequestParam(required = false) Boolean active,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		Caller caller = CurrentCaller.get();
		return households.list(filters.households(region, q, grid, active, caller), caller, PageQuery.of(page, size));
	}

	@Operation(operationId = "createHousehold", summary = "Register a household",
			description = "One household per address in a village (409 when the address is taken).")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/households")
	@ResponseStatus(HttpStatus.CREATED)
	HouseholdRecord create(@RequestBody Households.HouseholdInput body) {
		return households.create(body, CurrentCaller.get());
	}

	@Operation(operationId = "getHousehold", summary = "Read a household")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/households/{id}")
	HouseholdRecord get(@PathVariable long id) {
		return households.get(id, CurrentCaller.get());
	}

	@Operation(operationId = "updateHousehold", summary = "Change a household",
			description = "Address, house number, head (a member), security household head, grid within the village, "
					+ "active; the grids' household counts follow.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PutMapping("/api/households/{id}")
	HouseholdRecord update(@PathVariable long id, @RequestBody Households.HouseholdInput body) {
		return households.update(id, body, CurrentCaller.get());
	}

	@Operation(operationId = "listHouseholdMembers", summary = "A household's members",
			description = "Every resident registered in the household (numbers masked), whatever their status.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/households/{id}/members")
	List<ResidentView> members(@PathVariable long id) {
		Caller caller = CurrentCaller.get();
		households.get(id, caller);
		return residents.list(new ResidentFilter(null, null, null, null, id, null), caller, new PageQuery(0, 200))
			.items();
	}
}
