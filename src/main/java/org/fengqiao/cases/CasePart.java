package org.fengqiao.cases;

/** The part the caller's units play in a case: its lead unit, or a co-unit (the station's 协办任务). */
public enum CasePart {
	LEAD,
	CO
}
