package org.fengqiao.mediation.screening;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/screening-rounds}: the town, a title, the occasion, and the last day to report
 * (a rest day moves to the next working day; none: five working days from today).
 */
public record OpenRound(@NotBlank @Size(max = 12) String regionCode, @NotBlank @Size(max = 100) String title,
		@NotNull Occasion occasion, LocalDate deadline) {

	/** Why the round is held: the monthly screening, before a holiday, before a sensitive date, or a special one. */
	public enum Occasion {
		MONTHLY, HOLIDAY, SENSITIVE_DATE, SPECIAL
	}
}
