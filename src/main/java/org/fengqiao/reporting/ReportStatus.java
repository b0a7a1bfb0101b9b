package org.fengqiao.reporting;

import java.time.Instant;

/** A village's daily report (未到时限 / 已报 / 零报告 / 漏报): PENDING before the deadline, MISSING after it. */
public enum ReportStatus {
	PENDING, REPORTED, NONE, MISSING;

	/**
	 * The status of a village's report for a day: {@code nothingToReport} null when it has not reported;
	 * {@code dueAt} null on a rest day, when nothing is due and a village without a report stays PENDING.
	 */
	static ReportStatus of(Boolean nothingToReport, Instant dueAt, Instant now) {
		if (nothingToReport != null) {
			return nothingToReport ? NONE : REPORTED;
		}
		return dueAt == null || now.isBefore(dueAt) ? PENDING : MISSING;
	}
}
