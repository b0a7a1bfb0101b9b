package org.fengqiao.cases;

import java.time.Instant;

import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case numbers {@code {town code, 9 digits}-{year}-{sequence, 6 digits}} (a county center's use its 6-digit
 * code): the year of receipt in Asia/Shanghai, the sequence per unit and year without gaps — the counter row
 * is updated in the intake transaction, so a rolled-back intake gives its number back.
 */
@Component
class CaseNumbers {

	private static final String NEXT = """
			INSERT INTO case_sequences (unit_code, year, last_value) VALUES (:unit, :year, 1)
			ON CONFLICT (unit_code, year) DO UPDATE SET last_value = case_sequences.last_value + 1
			RETURNING last_value
			""";

	private final JdbcClient jdbc;

	CaseNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @param unitCode the receiving center's 9-digit town or 6-digit county code */
	String next(String unitCode, Instant receivedAt) {
		int year = receivedAt.atZone(Times.ZONE).getYear();
		int sequence = jdbc.sql(NEXT).param("unit", unitCode).param("year", year).query(Integer.class).single();
		return format(unitCode, year, sequence);
	}

	static String format(String unitCode, int year, int sequence) {
		return "%s-%d-%06d".formatted(unitCode, year, sequence);
	}
}
