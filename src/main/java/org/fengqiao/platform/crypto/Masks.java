package org.fengqiao.platform.crypto;

/** How personal data is shown by default: {@code 610722********123X}, {@code 139****2345}. */
public final class Masks {

	private Masks() {
	}

	public static String phone(String phone) {
		if (phone == null) {
			return null;
		}
		if (phone.length() < 7) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

	public static String idNumber(String id) {
		if (id == null) {
			return null;
		}
		if (id.length() < 10) {
			return "*".repeat(id.length());
		}
		return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
	}
}
