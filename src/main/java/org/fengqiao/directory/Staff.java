package org.fengqiao.directory;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A staff member as responses show it: the phone number is masked. */
public record Staff(Long id, String name, @Schema(allowableValues = { "MALE", "FEMALE" }) String gender, String phone,
		String departmentCode, String regionCode,
		List<FieldRole> fieldRoles, List<String> gridCodes) {

	public Staff {
		fieldRoles = fieldRoles == null ? List.of() : List.copyOf(fieldRoles);
		gridCodes = gridCodes == null ? List.of() : List.copyOf(gridCodes);
	}
}
