package org.fengqiao.platform;

import java.util.regex.Pattern;

/** Mainland mobile numbers (1[3-9] + 9 digits) and fixed lines with area code (0xx-xxxxxxxx). */
public final class PhoneNumbers {

	private static final Pattern VALID = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");

	private PhoneNumbers() {
	}

	public static boolean isValid(String phone) {
		return phone != null && VALID.matcher(phone).matches();
	}
}
