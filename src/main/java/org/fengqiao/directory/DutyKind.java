package org.fengqiao.directory;

/** The center's two rosters: the daily duty leader (坐班/值班领导) and the leader reception day (带班接访). */
public enum DutyKind {
	DUTY, RECEPTION
}
