package org.fengqiao.platform;

/**
 * Rules of the 12-digit NBS region code: 2 province, 2 city, 2 county, 3 town, 3 village digits.
 * The significant prefix of a code names its subtree ("610722101" for 龙头镇).
 */
public final class RegionCodes {

	/** The whole country: the prefix of every code. */
	public static final String ROOT = "000000000000";

	private RegionCodes() {
	}

	/** True for a 2/4/6/9/12-digit code. */
	public static boolean isWellFormed(String code) {
		if (code == null) {
			return false;
		}
		int n = code.length();
		return (n == 2 || n == 4 || n == 6 || n == 9 || n == 12) && isDigits(code, n);
	}

	/** True when {@code s} is exactly {@code length} ASCII digits (a loop: a regex costs more than the import's COPY). */
	public static boolean isDigits(String s, int length) {
		if (s == null || s.length() != length) {
			return false;
		}
		for (int i = 0; i < length; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** Right-pads a 2/4/6/9-digit code to 12 digits. */
	public static String pad(String code) {
		if (!isWellFormed(code)) {
			throw new IllegalArgumentException("not a region code: " + code);
		}
		return (code + "000000000000").substring(0, 12);
	}

	/** The significant prefix of a padded code: "" for ROOT, 2/4/6/9/12 digits otherwise. */
	public static String prefix(String code) {
		String c = pad(code);
		if (c.equals(ROOT)) {
			return "";
		}
		if (c.endsWith("0000000000")) {
			return c.substring(0, 2);
		}
		if (c.endsWith("00000000")) {
			return c.substring(0, 4);
		}
		if (c.endsWith("000000")) {
			return c.substring(0, 6);
		}
		if (c.endsWith("000")) {
			return c.substring(0, 9);
		}
		return c;
	}

	/** True when {@code code} lies in the subtree of {@code ancestor} (a code is in its own subtree). */
	public static boolean isWithin(String code, String ancestor) {
		return pad(code).startsWith(prefix(ancestor));
	}
}
