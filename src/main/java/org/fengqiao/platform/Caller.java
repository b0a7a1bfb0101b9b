package org.fengqiao.platform;

import java.util.Arrays;
import java.util.Set;

/** The authenticated user of the current request, as every module sees it. */
public record Caller(String username, String displayName, Set<Role> roles, DataScope scope, Long staffId) {

	public Caller {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... candidates) {
		return Arrays.stream(candidates).anyMatch(roles::contains);
	}

	public boolean isAdmin() {
		return roles.contains(Role.ADMIN);
	}

	/** Refuses (403) a caller that holds none of the roles, or is read-only, for a write. */
	public void requireWrite(String forbiddenCode, Role... allowed) {
		if (scope.readOnly() || !(isAdmin() || hasAny(allowed))) {
			throw ApiException.forbidden(forbiddenCode);
		}
	}

	/** Refuses (403) a caller that holds none of the roles. */
	public void requireRole(String forbiddenCode, Role... allowed) {
		if (!(isAdmin() || hasAny(allowed))) {
			throw ApiException.forbidden(forbiddenCode);
		}
	}
}
