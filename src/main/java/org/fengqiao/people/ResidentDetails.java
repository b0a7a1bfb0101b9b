package org.fengqiao.people;

import java.time.LocalDate;

/**
 * A resident's basic facts as a document about them needs them (a mediation agreement's party): name, gender,
 * ethnicity, birth date, occupation, the household's address and the phone, masked ({@code 139****2345}).
 */
public record ResidentDetails(long id, String name, String gender, String ethnicity, LocalDate birthDate,
		String occupation, String address, String phone, String regionCode) {
}
