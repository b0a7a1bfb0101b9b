package org.fengqiao.mediation;

/** 诉调/警调/检调/访调 对接 (referral), as GLOSSARY.md names it. */
public enum ReferralTarget {
	COURT, POLICE, PROCURATORATE, PETITION
}
