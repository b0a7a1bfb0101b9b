package org.fengqiao.cases;

import org.fengqiao.directory.Department;

/**
 * The centers that hold the cases of a place, named through {@code directory}'s API. Which cases a caller
 * sees is {@link CaseVisibility}.
 */
final class CaseScope {

	private CaseScope() {
	}

	/** The center that holds the cases of a place: its town's. */
	static String townCenterOf(String regionCode) {
		return Department.townCenterOf(regionCode);
	}

	/** The center of a place's county, which holds the cases received or escalated there. */
	static String countyCenterOf(String regionCode) {
		return Department.countyCenterOf(regionCode);
	}
}
