package org.fengqiao.cases;

/** Intake channels (GLOSSARY.md): 窗口/电话/12345/微信/网络/来信/来访/网格巡查/视频发现/举报箱/上级转办. */
public enum Channel {
	WINDOW, PHONE, HOTLINE_12345, WECHAT, ONLINE, LETTER, VISIT, GRID_PATROL, VIDEO, REPORT_BOX, REFERRAL
}
