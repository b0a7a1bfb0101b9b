package org.fengqiao.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Role;

/** A user row, with the grids its staff record is responsible for once {@link Tokens} has looked them up. */
record UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, List<String> regions,
		List<String> departments, boolean readOnly, Long staffId, boolean enabled, int failedLogins,
		Instant lockedUntil, List<String> grids) {

	/** The roles that see every record of their regions, not only those sent to them. */
	private static final Set<Role> WHOLE_REGIONS = EnumSet.of(Role.ADMIN, Role.CENTER_STAFF, Role.CENTER_LEADER,
			Role.COUNTY_VIEWER);

	UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, List<String> regions,
			List<String> departments, boolean readOnly, Long staffId, boolean enabled, int failedLogins,
			Instant lockedUntil) {
		this(username, displayName, passwordHash, roles, regions, departments, readOnly, staffId, enabled,
				failedLogins, lockedUntil, List.of());
	}

	/** Whether the scope needs the staff record's grids (a grid member sees the records in its grids). */
	boolean needsGrids() {
		return staffId != null && roles.contains(Role.GRID_MEMBER);
	}

	UserAccount withGrids(List<String> gridCodes) {
		return new UserAccount(username, displayName, passwordHash, roles, regions, departments, readOnly, staffId,
				enabled, failedLogins, lockedUntil, List.copyOf(gridCodes));
	}

	/** The caller and its data scope: the one place roles decide what a caller sees. */
	Caller caller() {
		boolean wholeRegions = roles.stream().anyMatch(WHOLE_REGIONS::contains);
		List<String> scopeRegions = roles.contains(Role.ADMIN) ? List.of(org.fengqiao.platform.RegionCodes.ROOT) : regions;
		return new Caller(username, displayName, roles,
				new DataScope(scopeRegions, departments, grids, username, staffId, readOnly, wholeRegions), staffId);
	}
}
