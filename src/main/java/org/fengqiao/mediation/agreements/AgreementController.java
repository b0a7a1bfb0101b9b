package org.fengqiao.mediation.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fengqiao.mediation.JudicialConfirmation;
import org.fengqiao.mediation.Performance;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "mediation")
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
class AgreementController {

	record AgreementBody(@Schema(description = "The numbering committee; by default the village committee's when it "
			+ "holds the case, else the town's") Long committeeId,
			@NotBlank @Size(max = 20000) String facts, @NotBlank @Size(max = 20000) String responsibilities,
			@NotBlank @Size(max = 20000) String terms, @NotBlank @Size(max = 5000) String performanceMethod,
			@NotNull LocalDate performBy, @NotNull @Min(2) @Max(20) Integer copies,
			@NotEmpty @Size(max = 10) List<@NotNull Long> mediatorIds, @NotNull LocalDate signedOn) {
	}

	record PerformanceBody(@NotNull Performance performance, @NotNull LocalDate checkedOn, @Size(max = 1000) String note) {
	}

	record ConfirmationBody(@NotNull JudicialConfirmation status) {
	}

	record ScanBody(@NotNull UUID fileId) {
	}

	private final Agreements agreements;

	AgreementController(Agreements agreements) {
		this.agreements = agreements;
	}

	@Operation(operationId = "getAgreement", summary = "A dispute's mediation agreement",
			description = "The content 《人民调解法》 art. 29 requires (the parties under `/parties`), its number, the "
					+ "signed scan's link, performance and judicial confirmation.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/{number}/agreement")
	AgreementView get(@PathVariable String number) {
		return agreements.get(number, CurrentCaller.get());
	}

	@Operation(operationId = "createAgreement", summary = "Write a dispute's mediation agreement",
			description = "Once per dispute, with at least two parties; numbered per committee and year without gaps "
					+ "(`（2026）龙调字第001号`).")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/cases/{number}/agreement")
	@ResponseStatus(HttpStatus.CREATED)
	AgreementView create(@PathVariable String number, @Valid @RequestBody AgreementBody body) {
		return agreements.create(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "checkAgreementPerformance", summary = "Record how an agreement was performed",
			description = "PERFORMED, PARTLY_PERFORMED or NOT_PERFORMED (PENDING until checked), with the date checked.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/cases/{number}/agreement/performance")
	AgreementView performance(@PathVariable String number, @Valid @RequestBody PerformanceBody body) {
		return agreements.performance(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "setJudicialConfirmation", summary = "Record an agreement's judicial confirmation status",
			description = "NONE, APPLIED, CONFIRMED or REJECTED.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/cases/{number}/agreement/judicial-confirmation")
	AgreementView judicialConfirmation(@PathVariable String number, @Valid @RequestBody ConfirmationBody body) {
		return agreements.judicialConfirmation(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "attachAgreementScan", summary = "Attach the signed agreement's scan",
			description = "A file uploaded with `POST /api/files` by the caller.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/cases/{number}/agreement/signed-scan")
	AgreementView signedScan(@PathVariable String number, @Valid @RequestBody ScanBody body) {
		return agreements.signedScan(number, body, CurrentCaller.get());
	}
}
