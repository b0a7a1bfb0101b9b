package org.fengqiao.mediation;

/** a party: a resident of the register or an organisation, as GLOSSARY.md names it. */
public enum PartyKind {
	RESIDENT, ORGANISATION
}
