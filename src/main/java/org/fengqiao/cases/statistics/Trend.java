package org.fengqiao.cases.statistics;

/**
 * What a trend groups the cases of a period by. Each names its SQL grouping expression over {@code cases c}:
 * constants, never built from a request.
 */
public enum Trend {
	/** The month of receipt in Asia/Shanghai, {@code 2026-03}. */
	MONTH("to_char(c.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')"),
	/** The village (or town) the case is in. */
	VILLAGE("c.region_code"),
	/** The unit handling it: the lead unit, else the center holding it. */
	UNIT("coalesce(c.lead_unit, c.holding_unit)"),
	KIND("c.kind"),
	CHANNEL("c.channel");

	private final String expression;

	Trend(String expression) {
		this.expression = expression;
	}

	String expression() {
		return expression;
	}
}
