package org.fengqiao.platform;

/** GB 11643-1999 resident ID numbers: 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK = "10X98765432";

	private IdNumbers() {
	}

	public static boolean isValid(String id) {
		if (id == null || !id.matches("\\d{17}[\\dXx]")) {
			return false;
		}
		return Character.toUpperCase(id.charAt(17)) == checkCharacter(id.substring(0, 17));
	}

	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}
}
