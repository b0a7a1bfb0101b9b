package org.fengqiao.people.excel;

import java.time.LocalDate;

/** A register row that passed every check, numbers in clear (encrypted only when staged). */
record CheckedRow(int line, String regionCode, String gridCode, String address, String houseNumber,
		boolean securityHead, String name, String idNumber, String gender, LocalDate birthDate, String phone,
		String ethnicity, String occupation, String kind, LocalDate residencePermitUntil, String relation,
		String tags) {
}
