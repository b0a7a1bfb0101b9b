package org.fengqiao.cases;

import org.fengqiao.cases.statistics.CaseStatistics;
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

/** {@code GET /api/stats/overview}: served by cases until the reporting module has its rollups. */
@RestController
@Tag(name = "statistics")
class StatisticsController {

	private final CaseStatistics statistics;

	StatisticsController(CaseStatistics statistics) {
		this.statistics = statistics;
	}

	@Operation(operationId = "getStatisticsOverview", summary = "Overview figures of a region",
			description = "Received, resolved, rates (decimals 0–1, `null` when the denominator is 0) and breakdowns over "
					+ "cases received in the period; `region` defaults to the caller's first region.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/stats/overview")
	CaseStatistics.Overview overview(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return statistics.overview(region, from, to, CurrentCaller.get());
	}
}
