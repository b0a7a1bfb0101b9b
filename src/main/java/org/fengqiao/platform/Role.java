package org.fengqiao.platform;

/** Login roles: what a user may do in the system (GLOSSARY.md, "Field roles" are separate). */
public enum Role {
	ADMIN, CENTER_STAFF, CENTER_LEADER, DEPARTMENT_STAFF, GRID_MEMBER, VILLAGE_CADRE, COUNTY_VIEWER
}
