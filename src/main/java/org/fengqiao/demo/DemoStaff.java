package org.fengqiao.demo;

import java.util.List;

/**
 * A person working for a department, with the field roles they hold on the ground.
 *
 * @param key            a unique, stable key (usable as a username)
 * @param name           Chinese full name
 * @param gender         MALE or FEMALE
 * @param phone          11-digit mainland mobile number
 * @param departmentCode the department employing the person
 * @param regionCode     the region the person works in (town or village)
 * @param fieldRoles     field roles from GLOSSARY.md, empty for desk staff
 * @param gridCodes      the grids the person is responsible for, may be empty
 */
public record DemoStaff(String key, String name, String gender, String phone, String departmentCode,
						String regionCode, List<String> fieldRoles, List<String> gridCodes) {

	public DemoStaff {
		fieldRoles = List.copyOf(fieldRoles);
		gridCodes = List.copyOf(gridCodes);
	}
}
