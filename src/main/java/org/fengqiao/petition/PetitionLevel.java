package org.fengqiao.petition;

/** 信访层级: where a petition was lodged, lowest first. */
enum PetitionLevel {
	TOWN, COUNTY, CITY, PROVINCE, BEIJING
}
