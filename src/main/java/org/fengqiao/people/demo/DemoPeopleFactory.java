package org.fengqiao.people.demo;

import java.time.LocalDate;
import java.util.Random;

import org.fengqiao.platform.IdNumbers;

/**
 * Generated residents for the demo households: common surnames, given names by gender, ages of a rural township,
 * ID numbers of the village's county with valid check digits, unique mobile numbers. Plain Java, seeded.
 */
final class DemoPeopleFactory {

	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任";
	private static final String[] MALE = { "建国", "建军", "志强", "国强", "伟", "磊", "军", "勇", "明", "超", "小龙", "德福",
			"宏伟", "海波", "俊杰", "浩然", "子轩", "文博", "家豪", "永刚" };
	private static final String[] FEMALE = { "秀英", "桂兰", "丽华", "海燕", "晓燕", "红梅", "玉兰", "淑芬", "婷婷", "慧敏",
			"芳", "静", "丽", "霞", "燕", "欣怡", "梦瑶", "雅琴", "春梅", "金凤" };
	private static final String[] PREFIXES = { "130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
			"152", "155", "156", "157", "158", "159", "176", "177", "180", "181", "182", "183", "186", "187", "188", "189" };

	/** One generated resident. */
	record Person(String name, String idNumber, String phone, String relation) {
	}

	private final Random random;
	private final LocalDate today;
	private final java.util.Set<String> used = new java.util.HashSet<>();
	private int sequence;

	DemoPeopleFactory(long seed, LocalDate today) {
		this.random = new Random(seed);
		this.today = today;
	}

	/** A household's members: a head, often a spouse, children, sometimes a parent. */
	java.util.List<Person> household(String county) {
		java.util.List<Person> members = new java.util.ArrayList<>();
		boolean maleHead = random.nextDouble() < 0.85;
		String surname = String.valueOf(SURNAMES.charAt(random.nextInt(random.nextBoolean() ? 10 : SURNAMES.length())));
		int headAge = 28 + random.nextInt(50);
		members.add(person(surname, maleHead, headAge, county, "户主", true));
		if (random.nextDouble() < 0.8) {
			String spouseSurname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
			members.add(person(spouseSurname, !maleHead, headAge - 3 + random.nextInt(7), county, "配偶", true));
		}
		int children = headAge < 35 ? random.nextInt(2) : random.nextInt(3);
		for (int i = 0; i < children; i++) {
			boolean son = random.nextBoolean();
			int age = Math.max(1, headAge - 22 - random.nextInt(12));
			members.add(person(surname, son, age, county, son ? "子" : "女", age >= 16));
		}
		if (headAge < 50 && random.nextDouble() < 0.3) {
			members.add(person(surname, random.nextBoolean(), headAge + 24 + random.nextInt(10), county, "父母",
					random.nextBoolean()));
		}
		return members;
	}

	private Person person(String surname, boolean male, int age, String county, String relation, boolean phone) {
		String given = male ? MALE[random.nextInt(MALE.length)] : FEMALE[random.nextInt(FEMALE.length)];
		LocalDate birth = today.minusYears(age).minusDays(random.nextInt(365));
		int seq = (sequence++ % 500) * 2 + (male ? 1 : 0); // digit 17: odd for a man, even for a woman
		String first17 = county + birth.toString().replace("-", "") + String.format("%03d", seq % 1000);
		while (!used.add(first17)) { // the same birth day and sequence: the next free one
			seq += 2;
			first17 = county + birth.toString().replace("-", "") + String.format("%03d", seq % 1000);
		}
		String number = phone ? PREFIXES[random.nextInt(PREFIXES.length)] + String.format("%08d", sequence * 7919L % 100_000_000)
				: null;
		return new Person(surname + given, first17 + IdNumbers.checkCharacter(first17), number, relation);
	}
}
