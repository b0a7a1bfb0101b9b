package org.fengqiao.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of {@code GET /api/cases}; every one optional. {@code statuses} and {@code levels} take several
 * values (any of them matches; empty means any), {@code mine}: open cases I first received.
 */
public record CaseFilter(List<CaseStatus> statuses, CaseKind kind, List<CaseLevel> levels, String region, String unit,
		Boolean overdue, String q, LocalDate from, LocalDate to, boolean mine) {

	public CaseFilter {
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
		levels = levels == null ? List.of() : List.copyOf(levels);
	}
}
