/**
 * Reporting: the villages' daily reports (日报告, or an explicit 零报告) by a deadline per town, flagged to the desk
 * when missing; later the statistics rollups across modules, bulletins and village assessments. Public API: the
 * report status {@link org.fengqiao.reporting.ReportStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.fengqiao.reporting;
