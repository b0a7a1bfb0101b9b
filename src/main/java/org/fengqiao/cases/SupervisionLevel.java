package org.fengqiao.cases;

/** 督办: 一般 / 重点 / 挂牌, in rising order. */
public enum SupervisionLevel {
	GENERAL, KEY, LISTED
}
