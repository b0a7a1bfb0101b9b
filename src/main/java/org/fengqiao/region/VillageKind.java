package org.fengqiao.region;

/**
 * Village-level kind from the NBS code's last three digits: 001–199 and 400–599 are communities
 * (居委会 and units like them), 200–399 and 600–799 villages (村委会 and units like them).
 */
final class VillageKind {

	private VillageKind() {
	}

	static String of(String villageCode) {
		int n = Integer.parseInt(villageCode.substring(9, 12));
		if ((n >= 1 && n <= 199) || (n >= 400 && n <= 599)) {
			return "COMMUNITY";
		}
		if ((n >= 200 && n <= 399) || (n >= 600 && n <= 799)) {
			return "VILLAGE";
		}
		return null;
	}
}
