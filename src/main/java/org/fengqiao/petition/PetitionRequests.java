package org.fengqiao.petition;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.fengqiao.cases.Satisfaction;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of the petition endpoints. */
final class PetitionRequests {

	private PetitionRequests() {
	}

	/** {@code PUT /api/cases/{number}/petition}: form, people, level petitioned, petitioner, repeat link. */
	record Details(@NotNull PetitionForm form, @NotNull @Min(1) @Max(100000) Integer peopleCount,
			@NotNull PetitionLevel level, Long petitionerId, Boolean sharedWithUnit,
			@Size(max = 24) String previousNumber) {
	}

	/** {@code PUT /api/cases/{number}/holding}: the case-holding leader and the resolution plan. */
	record Holding(@NotBlank @Size(max = 50) String leader, @NotBlank @Size(max = 5000) String plan) {
	}

	/** {@code POST /api/cases/{number}/holding/progress}. */
	record Progress(@NotBlank @Size(max = 5000) String text) {
	}

	/** {@code POST /api/cases/{number}/holding/reply}: the written reply's text (信访事项处理意见书). */
	record Reply(@NotBlank @Size(max = 10000) String text) {
	}

	/** {@code POST /api/cases/{number}/holding/reply/delivery}: how and when it reached the petitioner. */
	record Delivery(@NotNull ReplyDelivery method, OffsetDateTime deliveredAt) {
	}

	/** {@code POST /api/cases/{number}/visits}: one of the five visits. */
	record Visit(@NotNull VisitKind kind, @NotNull LocalDate date, @NotBlank @Size(max = 50) String host,
			Boolean hostIsLeader, @NotBlank @Size(max = 500) String peopleMet, @Size(max = 5000) String problemsRaised,
			@Size(max = 5000) String problemsSolved, Satisfaction satisfaction) {
	}

	/** {@code POST/PUT /api/petitioners}: a petitioner (a resident or not) under graded control. */
	record Petitioner(@NotBlank @Size(max = 12) String regionCode, @NotBlank @Size(max = 50) String name,
			Long residentId, @Size(max = 200) String address, @NotNull ControlGrade grade,
			@NotBlank @Size(max = 50) String responsiblePerson, @Size(max = 50) String informant,
			@Size(max = 2000) String note) {
	}
}
