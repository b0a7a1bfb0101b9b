package org.fengqiao.people.residents;

import org.fengqiao.platform.PhoneNumbers;

/** A resident's phone as the register takes it: blanks and spaces dropped, then a valid mobile or fixed line. */
public final class PhoneNumber {

	private PhoneNumber() {
	}

	/** The normalized phone, null when none was given; throws {@link IdentityNumber.Invalid} when invalid. */
	public static String parse(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String phone = raw.replace(" ", "").replace("\u00a0", "").trim();
		if (!PhoneNumbers.isValid(phone)) {
			throw new IdentityNumber.Invalid("people.phone.invalid");
		}
		return phone;
	}
}
