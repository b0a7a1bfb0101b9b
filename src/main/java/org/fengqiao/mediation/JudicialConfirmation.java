package org.fengqiao.mediation;

/** 司法确认 (judicial confirmation), as GLOSSARY.md names it. */
public enum JudicialConfirmation {
	NONE, APPLIED, CONFIRMED, REJECTED
}
