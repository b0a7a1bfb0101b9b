package org.fengqiao.identity;

/** At least 8 characters from at least 3 of: upper-case, lower-case, digits, other characters. */
final class PasswordPolicy {

	static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	static boolean accepts(String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > 128) {
			return false;
		}
		boolean upper = password.chars().anyMatch(Character::isUpperCase);
		boolean lower = password.chars().anyMatch(Character::isLowerCase);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
		int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
		return classes >= 3;
	}
}
