package org.fengqiao.cases;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

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

	/**
	 * The numbers of {@code count} cases received by a unit in one year, in order (a bulk load of history): the
	 * counter moves once, by {@code count}, so the numbers are gap-free and follow any already given.
	 */
	List<String> next(String unitCode, int year, int count) {
		int last = jdbc.sql("""
				INSERT INTO case_sequences (unit_code, year, last_value) VALUES (:unit, :year, :count)
				ON CONFLICT (unit_code, year) DO UPDATE SET last_value = case_sequences.last_value + :count
				RETURNING last_value
				""").param("unit", unitCode).param("year", year).param("count", count).query(Integer.class).single();
		return IntStream.rangeClosed(last - count + 1, last).mapToObj(s -> format(unitCode, year, s))
			.toList();
	}

	static String format(String unitCode, int year, int sequence) {
		return "%s-%d-%06d".formatted(unitCode, year, sequence);
	}
}
