package org.fengqiao.cases;

import java.time.LocalDate;

/** The filters of {@code GET /api/cases}; every one optional. {@code mine}: open cases I first received. */
public record CaseFilter(CaseStatus status, CaseKind kind, String region, String unit, Boolean overdue, String q,
		LocalDate from, LocalDate to, boolean mine) {
}
