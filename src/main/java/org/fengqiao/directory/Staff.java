package org.fengqiao.directory;

import java.util.List;

/** A staff member as responses show it: the phone number is masked. */
public record Staff(Long id, String name, String gender, String phone, String departmentCode, String regionCode,
		List<FieldRole> fieldRoles, List<String> gridCodes) {

	public Staff {
		fieldRoles = fieldRoles == null ? List.of() : List.copyOf(fieldRoles);
		gridCodes = gridCodes == null ? List.of() : List.copyOf(gridCodes);
	}
}
