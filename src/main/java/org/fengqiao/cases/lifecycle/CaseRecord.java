package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseChanged;
import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Channel;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.SupervisionLevel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/** A case row as stored (reporter contact still encrypted). */
public record CaseRecord(long id, String number, CaseKind kind, String category, Channel channel, String title,
		String description, Priority priority, CaseStatus status, CaseLevel level, String regionCode, String gridCode,
		String address, Double lat, Double lng, String reporterName, byte[] reporterPhone, byte[] reporterIdNumber,
		String holdingUnit, String leadUnit, List<String> coUnits, String firstReceiver, String reportedBy,
		Instant receivedAt, Instant dispatchedAt, Instant signForDeadline, Instant acceptedAt, Instant dueAt,
		Instant warningAt, boolean warning, boolean overdue, SupervisionLevel supervision, Integer extensionDays,
		String extensionReason, int extensionsGranted, Instant resolvedAt, Instant closedAt, Satisfaction satisfaction,
		String mergedInto, boolean hasAttachments, boolean signForOverdue, Boolean resolvedOnTime, int version,
		Instant occurredAt, String sourceType, String sourceId) {

	/** Where case_co_units rows may be stale after the clocks stopped (co_units emptied, rows kept). */
	private static final Set<CaseStatus> STOPPED = EnumSet.of(CaseStatus.RETURNED, CaseStatus.ESCALATED,
			CaseStatus.REOPENED, CaseStatus.MERGED, CaseStatus.NOT_ACCEPTED);

	/**
	 * Whether the case may have co-unit parts (case_co_units rows): a dispatch replaces them with its co-units,
	 * and RETURN, ESCALATE and REOPEN empty co_units but keep the rows, which the full view still shows.
	 */
	boolean mayHaveCoUnitParts() {
		return !coUnits.isEmpty() || STOPPED.contains(status);
	}

	/** The region code of the center holding the case: {@code 610722101000} of {@code 610722101000-GOVERNANCE_CENTER}. */
	public String holdingRegion() {
		return holdingUnit.substring(0, holdingUnit.indexOf('-'));
	}

	/** A copy to change field by field (the lifecycle's actions and the sweeper's marks). */
	CaseEdit edit() {
		return new CaseEdit(this);
	}

	/** What other modules may count this case by ({@link CaseChanged}). */
	public CaseChanged.Facts facts() {
		return new CaseChanged.Facts(number, kind, status, level, regionCode, category, receivedAt,
				leadUnit, resolvedAt);
	}

	boolean isOpen() {
		return status != CaseStatus.CLOSED && status != CaseStatus.MERGED && status != CaseStatus.NOT_ACCEPTED;
	}
}
