package org.fengqiao.mediation.settlement;

import java.time.LocalDate;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "statistics")
class SettlementController {

	private final SettlementStatistics statistics;

	SettlementController(SettlementStatistics statistics) {
		this.statistics = statistics;
	}

	@Operation(operationId = "getSettlementStatistics", summary = "Dispute settlement figures of a region",
			description = "Over DISPUTE cases received in the period that the caller sees: screened, mediated, settled "
					+ "(an agreement reached, or resolved without a referral) and the settlement rate = settled ÷ screened "
					+ "(`null` when none), settled by level (VILLAGE: 小事不出村, TOWN: 大事不出镇), by first-level dispute "
					+ "type and by village (a county: by town). `region` defaults to the caller's first region.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/stats/settlement")
	SettlementStatistics.Settlement settlement(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return statistics.of(region, from, to, CurrentCaller.get());
	}
}
