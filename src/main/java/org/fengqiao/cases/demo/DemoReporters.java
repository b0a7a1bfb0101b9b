package org.fengqiao.cases.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.fengqiao.platform.IdNumbers;

import net.datafaker.Faker;

/**
 * The residents who report demo cases: datafaker's zh-CN names (its given names are almost all male, so
 * women's come from a short list), ordinary mobile numbers and GB 11643 ID numbers issued in the county,
 * each unique within the history.
 */
public final class DemoReporters {

	/** A reporter; phone and ID number may be null. */
	record Reporter(String name, String surname, String phone, String idNumber) {
	}

	private static final List<String> PREFIXES = List.of("133", "135", "136", "137", "138", "139", "150", "151",
			"152", "153", "155", "157", "158", "159", "177", "180", "181", "182", "183", "187", "188", "189", "191", "199");
	private static final List<String> FEMALE_GIVEN = List.of("秀英", "桂兰", "丽华", "海燕", "红梅", "春梅", "玉兰",
			"秀兰", "淑芬", "桂芳", "丽娟", "婷婷", "晓丽", "芳", "敏", "霞", "燕", "玲", "凤英", "翠兰", "亚萍", "晓梅");
	/** Numbers the intake tests use as their own reporter: a demo reporter must never repeat them. */
	private static final Set<String> RESERVED = Set.of("13912342345", "13800001111", "11010519491231002X");

	private final Faker faker;
	private final Random random;
	private final Set<String> used = new TreeSet<>(RESERVED);

	DemoReporters(Random random) {
		this.random = random;
		this.faker = new Faker(Locale.SIMPLIFIED_CHINESE, random);
	}

	/** A surname for the other party of a dispute (张某). */
	String surname() {
		String surname;
		do {
			surname = faker.name().lastName();
		} while (surname.length() != 1);
		return surname;
	}

	/**
	 * A new reporter registered in that county (6-digit code).
	 *
	 * @param withPhone    whether the reporter left a phone number
	 * @param withIdNumber whether the reporter showed an ID card
	 */
	Reporter next(String county, boolean withPhone, boolean withIdNumber) {
		boolean female = random.nextInt(100) < 42;
		String surname = surname();
		String name = surname + (female ? FEMALE_GIVEN.get(random.nextInt(FEMALE_GIVEN.size())) : faker.name().firstName());
		return new Reporter(name, surname, withPhone ? phone() : null, withIdNumber ? idNumber(county, female) : null);
	}

	private String phone() {
		String phone;
		do {
			phone = PREFIXES.get(random.nextInt(PREFIXES.size())) + "%08d".formatted(random.nextInt(100_000_000));
		} while (!used.add(phone));
		return phone;
	}

	/** County code, birth date, sequence (odd for men, even for women) and the check character. */
	private String idNumber(String county, boolean female) {
		String id;
		do {
			LocalDate born = LocalDate.of(1948, 1, 1).plusDays(random.nextInt(365 * 55));
			int sequence = random.nextInt(500) * 2 + (female ? 0 : 1);
			String first17 = county + "%04d%02d%02d".formatted(born.getYear(), born.getMonthValue(), born.getDayOfMonth())
					+ "%03d".formatted(sequence);
			id = first17 + IdNumbers.checkCharacter(first17);
		} while (!used.add(id));
		return id;
	}
}
