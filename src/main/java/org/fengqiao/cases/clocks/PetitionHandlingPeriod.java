package org.fengqiao.cases.clocks;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The handling period of an accepted petition, in calendar days: 60 days from acceptance,
 * extendable once by at most 30 days (《信访工作条例》). The day of acceptance is not counted.
 * {@link #lastDay()} is the nominal last day, before the rest-day rule of
 * {@link PetitionTimeLimits} moves it.
 */
public record PetitionHandlingPeriod(LocalDate acceptedOn, int extensionDays) {

	public static final int HANDLING_DAYS = 60;
	public static final int MAX_EXTENSION_DAYS = 30;

	public PetitionHandlingPeriod {
		Objects.requireNonNull(acceptedOn, "acceptedOn");
		if (extensionDays < 0 || extensionDays > MAX_EXTENSION_DAYS) {
			throw new IllegalArgumentException("extensionDays must lie in 0.." + MAX_EXTENSION_DAYS);
		}
	}

	public static PetitionHandlingPeriod acceptedOn(LocalDate date) {
		return new PetitionHandlingPeriod(date, 0);
	}

	public boolean extended() {
		return extensionDays > 0;
	}

	/** The one extension the regulation allows; a second one, or one over 30 days, is refused. */
	public PetitionHandlingPeriod extend(int days) {
		if (extended()) {
			throw new PetitionExtensionRefusedException(PetitionExtensionRefusedException.Reason.ALREADY_EXTENDED,
					"a petition's handling period may be extended only once");
		}
		if (days < 1) {
			throw new PetitionExtensionRefusedException(PetitionExtensionRefusedException.Reason.NOT_POSITIVE,
					"an extension must be at least 1 day: " + days);
		}
		if (days > MAX_EXTENSION_DAYS) {
			throw new PetitionExtensionRefusedException(PetitionExtensionRefusedException.Reason.TOO_LONG,
					"an extension may be at most " + MAX_EXTENSION_DAYS + " days: " + days);
		}
		return new PetitionHandlingPeriod(acceptedOn, days);
	}

	/** The nominal last day: acceptance + 60 days, plus the extension if granted. */
	public LocalDate lastDay() {
		return acceptedOn.plusDays(HANDLING_DAYS + extensionDays);
	}
}
