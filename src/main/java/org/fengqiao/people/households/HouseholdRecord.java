package org.fengqiao.people.households;

/** A household row with its head's name and the number of members living there. */
public record HouseholdRecord(long id, String regionCode, String gridCode, String address, String houseNumber,
		Long headId, String headName, boolean securityHead, boolean active, int members, int version) {
}
