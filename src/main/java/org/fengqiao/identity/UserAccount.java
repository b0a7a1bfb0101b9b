package org.fengqiao.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Role;

/** A user row. */
record UserAccount(String username, String displayName, String passwordHash, Set<Role> roles, List<String> regions,
		List<String> departments, boolean readOnly, Long staffId, boolean enabled, int failedLogins,
		Instant lockedUntil) {

	Caller caller() {
		return new Caller(username, displayName, roles, new DataScope(regions, departments, readOnly), staffId);
	}
}
