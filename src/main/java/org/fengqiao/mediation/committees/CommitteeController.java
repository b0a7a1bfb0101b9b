package org.fengqiao.mediation.committees;

import java.util.List;

import org.fengqiao.mediation.MediatorKind;
import org.fengqiao.platform.CurrentCaller;
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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "mediation")
class CommitteeController {

	record CommitteeBody(String regionCode, @Size(max = 100) String name, @NotBlank @Size(max = 20) String shortName,
			Boolean active) {
	}

	record MediatorBody(@NotBlank @Size(max = 50) String name, @NotNull MediatorKind kind, @Size(max = 50) String title,
			Boolean active) {
	}

	private final Committees committees;

	CommitteeController(Committees committees) {
		this.committees = committees;
	}

	@Operation(operationId = "listMediationCommittees", summary = "The mediation committees and their mediators",
			description = "The committees (each village committee's and the town's 人民调解委员会) whose place the caller "
					+ "sees, under `region` when given, each with its roster (mediators and community elders).")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/mediation-committees")
	List<RosterView> list(@RequestParam(required = false) String region) {
		return committees.list(region, CurrentCaller.get());
	}

	@Operation(operationId = "createMediationCommittee", summary = "Add a mediation committee",
			description = "For administrators and the town center: a committee for a village or the town in scope (one "
					+ "each); `shortName` is the characters of its agreement numbers (`（2026）龙调字第001号`).")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/mediation-committees")
	@ResponseStatus(HttpStatus.CREATED)
	RosterView create(@Valid @RequestBody CommitteeBody body) {
		return committees.create(body, CurrentCaller.get());
	}

	@Operation(operationId = "updateMediationCommittee", summary = "Change a mediation committee",
			description = "Its name, short name, and whether it is active.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PutMapping("/api/mediation-committees/{id}")
	RosterView update(@PathVariable long id, @Valid @RequestBody CommitteeBody body) {
		return committees.update(id, body, CurrentCaller.get());
	}

	@Operation(operationId = "addMediator", summary = "Add a mediator to a committee's roster",
			description = "A people's mediator (`MEDIATOR`) or a community elder (`COMMUNITY_ELDER`).")
	@ApiResponse(responseCode = "201", description = "Created: the committee with its roster")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PostMapping("/api/mediation-committees/{id}/mediators")
	@ResponseStatus(HttpStatus.CREATED)
	RosterView addMediator(@PathVariable long id, @Valid @RequestBody MediatorBody body) {
		return committees.addMediator(id, body, CurrentCaller.get());
	}

	@Operation(operationId = "updateMediator", summary = "Change a mediator on a committee's roster",
			description = "Name, kind, title, and whether still active (a mediator leaves the roster by `active: false`).")
	@ApiResponse(responseCode = "200", description = "OK: the committee with its roster")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PutMapping("/api/mediation-committees/{id}/mediators/{mediatorId}")
	RosterView updateMediator(@PathVariable long id, @PathVariable long mediatorId,
			@Valid @RequestBody MediatorBody body) {
		return committees.updateMediator(id, mediatorId, body, CurrentCaller.get());
	}
}
