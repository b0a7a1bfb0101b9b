package org.fengqiao.mediation;

/** 当事人的地位: 申请人/被申请人/第三人, as GLOSSARY.md names it. */
public enum PartyRole {
	APPLICANT, RESPONDENT, THIRD_PARTY
}
