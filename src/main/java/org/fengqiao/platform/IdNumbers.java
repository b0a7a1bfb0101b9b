package org.fengqiao.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** GB 11643-1999 resident ID numbers: 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final String CHECK = "10X98765432";
	/** 17 digits and a check character, a lower-case x accepted. */
	public static final Pattern FORM = Pattern.compile("\\d{17}[\\dXx]");
	private static final Pattern LEGACY = Pattern.compile("\\d{15}");

	private IdNumbers() {
	}

	public static boolean isValid(String id) {
		if (id == null || !FORM.matcher(id).matches()) {
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

	/** The stored form: trimmed, a lower-case check character {@code x} upper-cased. */
	public static String normalize(String id) {
		return id == null ? null : id.trim().toUpperCase();
	}

	/** A legacy 15-digit number (issued before 1999): no check character, refused by the registers. */
	public static boolean isLegacy(String id) {
		return id != null && LEGACY.matcher(id.trim()).matches();
	}

	/** The birth date digits 7–14 encode, if they are a real date. */
	public static Optional<LocalDate> birthDate(String id) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14))));
		} catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
			return Optional.empty();
		}
	}

	/** Digit 17 is odd for a man and even for a woman: {@code MALE} or {@code FEMALE}. */
	public static String gender(String id) {
		return (id.charAt(16) - '0') % 2 == 1 ? "MALE" : "FEMALE";
	}
}
