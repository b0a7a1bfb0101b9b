package org.fengqiao.reporting;

import jakarta.validation.constraints.Size;

/** The body of {@code PUT /api/daily-reports/{regionCode}/{date}}: the day's events, or nothing to report (零报告). */
public record SubmitReport(boolean nothingToReport, @Size(max = 2000) String content) {
}
