package org.fengqiao.mediation.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.mediation.MediationOutcome;
import org.fengqiao.mediation.PartyKind;
import org.fengqiao.mediation.PartyRole;
import org.fengqiao.mediation.ReferralTarget;
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
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The records under a dispute: parties, the dispute's risk assessment, mediation sessions, referrals. */
@RestController
@Tag(name = "mediation")
@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
class RecordController {

	record PartyBody(@NotNull PartyRole role, @NotNull PartyKind kind,
			@Schema(description = "A resident of the register (kind RESIDENT)") Long residentId,
			@Size(max = 100) String name, @Size(max = 200) String address, @Size(max = 50) String legalRepresentative,
			@Size(max = 20) String phone) {
	}

	record DisputeBody(@DecimalMin("0") BigDecimal amount, @Pattern(regexp = "LOW|MEDIUM|HIGH") String riskLevel,
			boolean criminalRisk, @Size(max = 1000) String riskNote) {
	}

	record ReferralBody(@NotNull ReferralTarget target, @NotBlank @Size(max = 100) String receivingBody,
			@NotBlank @Size(max = 1000) String reason,
			@Schema(description = "The report-back due date, when not 15 working days") LocalDate dueDate) {
	}

	record SessionBody(@NotNull LocalDate heldOn, @NotBlank @Size(max = 200) String place,
			@NotEmpty @Size(max = 10) List<@NotNull Long> mediatorIds, @Size(max = 500) String attendees,
			@NotBlank @Size(max = 20000) String record, @NotNull MediationOutcome outcome,
			@Schema(description = "Required when the outcome is REFERRED") @Valid ReferralBody referral) {
	}

	record ReportBackBody(@NotBlank @Size(max = 2000) String result) {
	}

	private final DisputeRecords records;

	RecordController(DisputeRecords records) {
		this.records = records;
	}

	@Operation(operationId = "listParties", summary = "A dispute's parties",
			description = "Residents (their facts from the register when added, phone masked) and organisations, with role.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/{number}/parties")
	List<RecordViews.Party> parties(@PathVariable String number) {
		return records.parties(number, CurrentCaller.get());
	}

	@Operation(operationId = "addParty", summary = "Add a party to a dispute",
			description = "A resident by `residentId` (name, gender, ethnicity, birth date, occupation, address and phone "
					+ "masked are taken from the register) or an organisation (name, address, legal representative).")
	@ApiResponse(responseCode = "201", description = "Created: the dispute's parties")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/cases/{number}/parties")
	@ResponseStatus(HttpStatus.CREATED)
	List<RecordViews.Party> addParty(@PathVariable String number, @Valid @RequestBody PartyBody body) {
		return records.addParty(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "getDispute", summary = "A dispute's type, amount and risk assessment",
			description = "The type is the case's category; `criminalRisk` is the 民转刑 flag.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/{number}/dispute")
	RecordViews.Dispute dispute(@PathVariable String number) {
		return records.dispute(number, CurrentCaller.get());
	}

	@Operation(operationId = "assessDispute", summary = "Set a dispute's amount and risk assessment",
			description = "Raising `criminalRisk` (could turn criminal, 民转刑) notifies the town's police station and "
					+ "the town's center leaders at once.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PutMapping("/api/cases/{number}/dispute")
	RecordViews.Dispute assess(@PathVariable String number, @Valid @RequestBody DisputeBody body) {
		return records.assess(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "listMediations", summary = "A dispute's mediation sessions", description = "Oldest first.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/{number}/mediations")
	List<RecordViews.Session> sessions(@PathVariable String number) {
		return records.sessions(number, CurrentCaller.get());
	}

	@Operation(operationId = "addMediation", summary = "Record a mediation session",
			description = "Date, place, mediators from the town's committees' rosters, attendees, record and outcome; "
					+ "an outcome `REFERRED` carries its `referral`, which is tracked until reported back.")
	@ApiResponse(responseCode = "201", description = "Created: the dispute's sessions")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/cases/{number}/mediations")
	@ResponseStatus(HttpStatus.CREATED)
	List<RecordViews.Session> addSession(@PathVariable String number, @Valid @RequestBody SessionBody body) {
		return records.addSession(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "listReferrals", summary = "A dispute's referrals",
			description = "诉调/警调/检调/访调: each with its report-back due time and the sweeper's marks.")
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/api/cases/{number}/referrals")
	List<RecordViews.Referral> referrals(@PathVariable String number) {
		return records.referrals(number, CurrentCaller.get());
	}

	@Operation(operationId = "addReferral", summary = "Refer a dispute to a court, police, procuratorate or petition office",
			description = "Due to be reported back within 15 working days unless `dueDate` says otherwise.")
	@ApiResponse(responseCode = "201", description = "Created: the dispute's referrals")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/cases/{number}/referrals")
	@ResponseStatus(HttpStatus.CREATED)
	List<RecordViews.Referral> addReferral(@PathVariable String number, @Valid @RequestBody ReferralBody body) {
		return records.addReferral(number, body, CurrentCaller.get());
	}

	@Operation(operationId = "reportBackReferral", summary = "Record the receiving body's report-back",
			description = "Once per referral; ends its clock.")
	@ApiResponse(responseCode = "200", description = "OK: the dispute's referrals")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/cases/{number}/referrals/{id}/report-back")
	List<RecordViews.Referral> reportBack(@PathVariable String number, @PathVariable long id,
			@Valid @RequestBody ReportBackBody body) {
		return records.reportBack(number, id, body, CurrentCaller.get());
	}
}
