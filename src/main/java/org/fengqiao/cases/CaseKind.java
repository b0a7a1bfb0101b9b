package org.fengqiao.cases;

/** The kinds of case (GLOSSARY.md, "Cases"). */
public enum CaseKind {
	APPEAL,
	DISPUTE,
	PETITION,
	HAZARD,
	OPINION,
	INCIDENT
}
