package org.fengqiao.people.special;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.fengqiao.cases.CaseKind;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/special-populations/{id}/visits} (and {@code …/records} with a {@code kind}):
 * when, how, where the phone was (WGS-84), what was found, photos uploaded first through {@code POST /api/files},
 * and optionally a case to open from what the visit found, in the same action.
 */
record RecordRequest(String kind, @NotNull LocalDate date, String method, Double lat, Double lng,
		@NotBlank @Size(max = 2000) String situation, String mood, RiskLevel riskLevel, List<UUID> attachments,
		@Valid OpenCase openCase) {

	/** A case opened from the visit: its kind, category, title and description. */
	record OpenCase(@NotNull CaseKind kind, @NotBlank @Size(max = 40) String categoryCode,
			@NotBlank @Size(max = 100) String title, @NotBlank @Size(max = 5000) String description) {
	}
}
