package org.fengqiao.petition;

/** 分级管控: 红/黄/绿. */
enum ControlGrade {
	RED, YELLOW, GREEN
}
