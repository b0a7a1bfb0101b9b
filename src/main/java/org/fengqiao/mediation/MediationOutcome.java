package org.fengqiao.mediation;

/** 调解结果 (mediation outcome), as GLOSSARY.md names it. */
public enum MediationOutcome {
	AGREED, FAILED, REFERRED
}
