package org.fengqiao.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * The filters of {@code GET /api/cases}; every one optional. {@code statuses} and {@code levels} take several
 * values (any of them matches; empty means any), {@code mine}: open cases I first received. {@code warning}:
 * warned, not yet overdue and still open; {@code supervised}: under supervision; {@code extensionPending}: an
 * extension request waits for approval; {@code part}: the caller's units play that part in the case (lead unit or co-unit).
 */
public record CaseFilter(List<CaseStatus> statuses, CaseKind kind, List<CaseLevel> levels, String region, String unit,
		Boolean overdue, String q, LocalDate from, LocalDate to, boolean mine, Boolean warning, Boolean supervised,
		Boolean extensionPending, CasePart part) {

	public CaseFilter {
		statuses = statuses == null ? List.of() : List.copyOf(statuses);
		levels = levels == null ? List.of() : List.copyOf(levels);
	}

	/** True when nothing but the region and the kind narrows the list. */
	public boolean onlyRegionAndKind() {
		return statuses.isEmpty() && levels.isEmpty() && unit == null && overdue == null && (q == null || q.isBlank())
				&& from == null && to == null && !mine && warning == null && supervised == null
				&& extensionPending == null && part == null;
	}

	/** The filters without the queue flags added for the workbench. */
	public CaseFilter(List<CaseStatus> statuses, CaseKind kind, List<CaseLevel> levels, String region, String unit,
			Boolean overdue, String q, LocalDate from, LocalDate to, boolean mine) {
		this(statuses, kind, levels, region, unit, overdue, q, from, to, mine, null, null, null, null);
	}
}
