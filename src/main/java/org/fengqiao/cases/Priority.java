package org.fengqiao.cases;

/** The priority of a case; NORMAL when intake gives none. */
public enum Priority {
	LOW,
	NORMAL,
	HIGH,
	URGENT
}
