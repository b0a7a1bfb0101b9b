package org.fengqiao.people.residents;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A resident as every answer shows one: ID and phone numbers masked. */
public record ResidentView(long id, String name,
		@Schema(example = "610722********123X") String idNumber,
		@Schema(allowableValues = { "MALE", "FEMALE" }) String gender, LocalDate birthDate,
		@Schema(example = "139****2345") String phone, String ethnicity, String occupation,
		@Schema(allowableValues = { "REGISTERED", "FLOATING" }) String kind, LocalDate residencePermitUntil,
		Long householdId, String householdAddress, String relation, String regionCode, String gridCode,
		List<String> tags,
		@Schema(allowableValues = { "PRESENT", "MOVED_OUT", "DECEASED", "DEREGISTERED" }) String status, int version,
		@Schema(description = "What the caller may do: update, event, unmask") List<String> allowedActions) {
}
