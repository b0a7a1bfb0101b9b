package org.fengqiao.mediation.screening;

import java.time.Instant;

/** A village's answer to a round (未到时限 / 已报 / 零报告 / 漏报): PENDING before the deadline, MISSING after it. */
public enum ReportStatus {
	PENDING, REPORTED, NONE, MISSING;

	/** The status of a village that answered {@code answered} (null when it has not), at {@code now}. */
	static ReportStatus of(ReportStatus answered, Instant dueAt, Instant now) {
		if (answered != null) {
			return answered;
		}
		return now.isBefore(dueAt) ? PENDING : MISSING;
	}
}
