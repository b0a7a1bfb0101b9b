package org.fengqiao.people.residents;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a resident write sends. With {@code householdId} the resident lives in that household's village and grid;
 * without one, {@code regionCode} and {@code gridCode} say where.
 */
public record ResidentInput(String name, @Schema(example = "61072219800101123X") String idNumber, String phone,
		String ethnicity, String occupation,
		@Schema(allowableValues = { "REGISTERED", "FLOATING" }) String kind, LocalDate residencePermitUntil,
		Long householdId, String relation, String regionCode, String gridCode, List<String> tags, Integer version) {
}
