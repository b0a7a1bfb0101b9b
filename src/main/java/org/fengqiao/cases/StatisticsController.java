package org.fengqiao.cases;

import java.time.LocalDate;

import org.fengqiao.platform.CurrentCaller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/stats/overview}: served by cases until the reporting module has its rollups. */
@RestController
class StatisticsController {

	private final CaseStatistics statistics;

	StatisticsController(CaseStatistics statistics) {
		this.statistics = statistics;
	}

	@GetMapping("/api/stats/overview")
	CaseStatistics.Overview overview(@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return statistics.overview(region, from, to, CurrentCaller.get());
	}
}
