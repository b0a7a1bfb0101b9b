package org.fengqiao.petition;

/** 五访: 约访, 下访, 接访, 回访, 面访. A RETURN record never moves the case (its return visit is the case's action). */
enum VisitKind {
	APPOINTMENT, OUTREACH, RECEPTION, RETURN, FACE_TO_FACE
}
