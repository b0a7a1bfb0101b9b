package org.fengqiao.people.special;

/** A file's risk level (风险等级: 低/中/高). */
public enum RiskLevel {
	LOW, MEDIUM, HIGH
}
