package org.fengqiao.cases.statistics;

/**
 * What a trend groups the cases of a period by. Each names its SQL grouping expression over the statistics' rows {@code b} ({@link StatisticsBase}):
 * constants, never built from a request.
 */
public enum Trend {
	/** The month of receipt in Asia/Shanghai, {@code 2026-03}. */
	MONTH("to_char(b.month, 'YYYY-MM')"),
	/** The village (or town) the case is in. */
	VILLAGE("b.region_code"),
	/** The unit handling it: the lead unit, else the center holding it. */
	UNIT("b.unit"),
	KIND("b.kind"),
	CHANNEL("b.channel");

	private final String expression;

	Trend(String expression) {
		this.expression = expression;
	}

	String expression() {
		return expression;
	}
}
