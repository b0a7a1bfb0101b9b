package org.fengqiao.directory;

import org.fengqiao.platform.RegionCodes;

/** {@code {"code","name","kind","regionCode","stationing"}}; code is {@code <regionCode>-<KIND>}. */
public record Department(String code, String name, DepartmentKind kind, String regionCode, Stationing stationing) {

	public static String codeFor(String regionCode, DepartmentKind kind) {
		return regionCode + "-" + kind.name();
	}

	/** The governance center of the town a place (a town or a village, 12 digits) lies in. */
	public static String townCenterOf(String regionCode) {
		return codeFor(RegionCodes.pad(regionCode.substring(0, 9)), DepartmentKind.GOVERNANCE_CENTER);
	}

	/** The governance center of the county a place lies in. */
	public static String countyCenterOf(String regionCode) {
		return codeFor(RegionCodes.pad(regionCode.substring(0, 6)), DepartmentKind.GOVERNANCE_CENTER);
	}
}
