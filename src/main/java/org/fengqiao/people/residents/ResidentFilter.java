package org.fengqiao.people.residents;

/**
 * The list's filters: a region subtree (significant prefix, empty for all), a name fragment, the keyed hash of
 * a full ID number, a grid subtree, a household and a status; nulls match everything.
 */
public record ResidentFilter(String regionPrefix, String name, byte[] idHash, String gridCode, Long householdId,
		String status) {
}
