package org.fengqiao.mediation;

/** 履行情况 (performance), as GLOSSARY.md names it. */
public enum Performance {
	PENDING, PERFORMED, PARTLY_PERFORMED, NOT_PERFORMED
}
