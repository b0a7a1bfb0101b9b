package org.fengqiao.directory;

/** How a department staffs the center: 常驻 / 轮驻 / 随叫随驻. */
public enum Stationing {
	PERMANENT, ROTATING, ON_CALL
}
