package org.fengqiao.cases.intake;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Case numbers {@code {town code, 9 digits}-{year}-{sequence, 6 digits}} (a county center's use its 6-digit
 * code): the year of receipt in Asia/Shanghai, the sequence per unit and year without gaps — the counter row
 * is updated by intake's statement ({@code CaseRepository}) in its transaction, so a rolled-back intake gives its
 * number back.
 */
@Component
public class CaseNumbers {

	private final JdbcClient jdbc;

	CaseNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The year a case received at {@code receivedAt} is numbered in: the year in Asia/Shanghai. */
	public static int year(Instant receivedAt) {
		return receivedAt.atZone(Times.ZONE).getYear();
	}

	/** {@code {unit}-{year}-}: what a number starts with. */
	public static String prefix(String unitCode, int year) {
		return "%s-%d-".formatted(unitCode, year);
	}

	/**
	 * The numbers of {@code count} cases received by a unit in one year, in order (a bulk load of history): the
	 * counter moves once, by {@code count}, so the numbers are gap-free and follow any already given.
	 */
	public List<String> next(String unitCode, int year, int count) {
		int last = jdbc.sql("""
				INSERT INTO case_sequences (unit_code, year, last_value) VALUES (:unit, :year, :count)
				ON CONFLICT (unit_code, year) DO UPDATE SET last_value = case_sequences.last_value + :count
				RETURNING last_value
				""").param("unit", unitCode).param("year", year).param("count", count).query(Integer.class).single();
		return IntStream.rangeClosed(last - count + 1, last).mapToObj(s -> format(unitCode, year, s))
			.toList();
	}

	static String format(String unitCode, int year, int sequence) {
		return prefix(unitCode, year) + "%06d".formatted(sequence);
	}
}
