package org.fengqiao.region;

/** Region levels, highest first. */
public enum RegionLevel {
	PROVINCE(2), CITY(4), COUNTY(6), TOWN(9), VILLAGE(12);

	private final int digits;

	RegionLevel(int digits) {
		this.digits = digits;
	}

	/** Significant digits of a code of this level. */
	public int digits() {
		return digits;
	}

	public static RegionLevel ofDigits(int digits) {
		for (RegionLevel level : values()) {
			if (level.digits == digits) {
				return level;
			}
		}
		throw new IllegalArgumentException("no region level has " + digits + " digits");
	}
}
