package org.fengqiao.mediation;

/** 人民调解员 / 五老乡贤, as GLOSSARY.md names it. */
public enum MediatorKind {
	MEDIATOR, COMMUNITY_ELDER
}
