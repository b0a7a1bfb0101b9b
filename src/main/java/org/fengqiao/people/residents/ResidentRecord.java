package org.fengqiao.people.residents;

import java.time.LocalDate;
import java.util.List;

/** A resident row as stored: the numbers still encrypted. */
public record ResidentRecord(long id, String name, byte[] idNumber, String gender, LocalDate birthDate, byte[] phone,
		String ethnicity, String occupation, String kind, LocalDate residencePermitUntil, Long householdId,
		String householdAddress, String relation, String regionCode, String gridCode, List<String> tags, String status,
		int version) {
}
