package org.fengqiao.cases;

import org.fengqiao.cases.statistics.CaseStatistics;
import org.fengqiao.cases.statistics.Trend;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/stats/…}: served by cases until the reporting module has its rollups. */
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

	@Operation(operationId = "getStatisticsTrend", summary = "The overview's figures grouped",
			description = "Received, resolved and the rates of the overview, grouped `by` MONTH (of receipt, Asia/Shanghai), "
					+ "VILLAGE, UNIT (the lead unit, else the holding center), KIND or CHANNEL, over cases received in the "
					+ "period that the caller sees.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/stats/trend")
	List<CaseStatistics.TrendRow> trend(@RequestParam(required = false) String region, @RequestParam Trend by,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return statistics.trend(region, from, to, by, CurrentCaller.get());
	}

	@Operation(operationId = "getGridLoad", summary = "Open cases per grid, for the map",
			description = "For each grid of the region: the open cases (not closed or merged) the caller sees, and how "
					+ "many of them are overdue.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@GetMapping("/api/stats/grids")
	List<CaseStatistics.GridLoad> grids(@RequestParam(required = false) String region) {
		return statistics.gridLoad(region, CurrentCaller.get());
	}
}
