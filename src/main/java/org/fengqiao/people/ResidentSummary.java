package org.fengqiao.people;

/**
 * A resident as other modules see one: numbers masked ({@code 610722********123X}, {@code 139****2345}).
 *
 * @param status {@code PRESENT}, {@code MOVED_OUT}, {@code DECEASED} or {@code DEREGISTERED}
 */
public record ResidentSummary(long id, String name, String idNumber, String phone, String gender,
		java.time.LocalDate birthDate, String regionCode, String gridCode, Long householdId, String status) {
}
