package org.fengqiao.platform.notify;

import org.fengqiao.platform.Role;

/** Who a notification is for: a unit (department code), one user, or the holders of a role in a region. */
public record Recipient(String unit, String user, Role role, String region) {

	public Recipient {
		boolean roleInRegion = role != null && region != null;
		if ((unit != null ? 1 : 0) + (user != null ? 1 : 0) + (roleInRegion ? 1 : 0) != 1 || (role == null) != (region == null)) {
			throw new IllegalArgumentException("a recipient is exactly one of a unit, a user or a role in a region");
		}
	}

	public static Recipient unit(String departmentCode) {
		return new Recipient(departmentCode, null, null, null);
	}

	public static Recipient user(String username) {
		return new Recipient(null, username, null, null);
	}

	/** The holders of {@code role} whose data permission is {@code region} (e.g. the town's center leaders). */
	public static Recipient role(Role role, String region) {
		return new Recipient(null, null, role, region);
	}
}
