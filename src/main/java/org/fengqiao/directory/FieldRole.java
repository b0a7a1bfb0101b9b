package org.fengqiao.directory;

/** What a person does on the ground (GLOSSARY.md, "Field roles"); login roles are separate. */
public enum FieldRole {
	GRID_MEMBER, COMMUNITY_POLICE, LEGAL_ADVISOR, MEDIATOR, VOLUNTEER, MASS_DEFENSE_MEMBER, SECURITY_HOUSEHOLD_HEAD,
	LEGAL_LIAISON, COMMUNITY_ELDER, INFORMANT, LEADER
}
