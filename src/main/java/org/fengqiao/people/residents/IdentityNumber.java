package org.fengqiao.people.residents;

import java.time.LocalDate;

import org.fengqiao.platform.IdNumbers;

/**
 * A resident's ID number as the register takes it: 18 characters with a valid GB 11643 check character (a
 * lower-case {@code x} accepted and stored upper-case), a real birth date not in the future; gender and birth
 * date derived from it. Legacy 15-digit numbers are refused with their own message.
 */
public record IdentityNumber(String value, String gender, LocalDate birthDate) {

	/** Why a number was refused: the message key of its field error. */
	public static final class Invalid extends RuntimeException {

		private final String messageKey;

		Invalid(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}
	}

	/** Checks and normalizes a typed or imported number; throws {@link Invalid} with the reason. */
	public static IdentityNumber parse(String raw, LocalDate today) {
		if (raw == null || raw.isBlank()) {
			throw new Invalid("people.id-number.required");
		}
		String id = IdNumbers.normalize(raw);
		if (IdNumbers.isLegacy(id)) {
			throw new Invalid("people.id-number.legacy");
		}
		if (!IdNumbers.FORM.matcher(id).matches()) { // normalized: an x is upper case by now
			throw new Invalid("people.id-number.format");
		}
		if (!IdNumbers.isValid(id)) {
			throw new Invalid("people.id-number.check-digit");
		}
		LocalDate birth = IdNumbers.birthDate(id).filter(d -> !d.isAfter(today) && d.getYear() >= 1880)
			.orElseThrow(() -> new Invalid("people.id-number.birth-date"));
		return new IdentityNumber(id, IdNumbers.gender(id), birth);
	}
}
