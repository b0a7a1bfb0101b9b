package org.fengqiao.cases;

import java.time.Instant;
import java.util.List;

/** A case row as stored (reporter contact still encrypted). */
record CaseRecord(long id, String number, CaseKind kind, String category, Channel channel, String title,
		String description, Priority priority, CaseStatus status, CaseLevel level, String regionCode, String gridCode,
		String address, Double lat, Double lng, String reporterName, byte[] reporterPhone, byte[] reporterIdNumber,
		String holdingUnit, String leadUnit, List<String> coUnits, String firstReceiver, String reportedBy,
		Instant receivedAt, Instant dispatchedAt, Instant signForDeadline, Instant acceptedAt, Instant dueAt,
		Instant warningAt, boolean warning, boolean overdue, SupervisionLevel supervision, Integer extensionDays,
		String extensionReason, int extensionsGranted, Instant resolvedAt, Instant closedAt, Satisfaction satisfaction,
		String mergedInto) {

	/** The region code of the center holding the case: {@code 610722101000} of {@code 610722101000-GOVERNANCE_CENTER}. */
	String holdingRegion() {
		return holdingUnit.substring(0, holdingUnit.indexOf('-'));
	}

	boolean isOpen() {
		return status != CaseStatus.CLOSED && status != CaseStatus.MERGED;
	}
}
