package org.fengqiao.people.special.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.fengqiao.platform.IdNumbers;

/** Names, ID numbers (valid check digits, born in 城固县) and mobile numbers for the demo's file holders. */
final class DemoPeople {

	private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
			"马", "朱", "胡", "郭", "何", "高", "林", "罗", "曾", "彭", "唐", "邓", "冯", "韩", "曹", "袁", "蒋", "谢");
	private static final List<String> MALE = List.of("建国", "志强", "海军", "国平", "小龙", "永红", "明", "伟", "军", "勇",
			"涛", "斌", "浩然", "子豪", "宇轩", "文博", "德福", "长春", "来福", "忠民");
	private static final List<String> FEMALE = List.of("秀英", "桂兰", "丽华", "海燕", "红梅", "玉兰", "淑芬", "婷婷", "慧敏",
			"晓丽", "芳", "静", "霞", "燕", "佳怡", "欣怡", "梦瑶", "翠兰", "凤英", "亚萍");

	/** One generated person. */
	record Person(String name, String gender, LocalDate birthDate, String idNumber, String phone) {
	}

	private DemoPeople() {
	}

	/** The {@code n}-th person of a seeded sequence: distinct ID numbers and phones for distinct {@code n}. */
	static Person person(int n, Random random) {
		boolean male = random.nextInt(100) < 58;
		String name = SURNAMES.get(random.nextInt(SURNAMES.size()))
				+ (male ? MALE.get(random.nextInt(MALE.size())) : FEMALE.get(random.nextInt(FEMALE.size())));
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 58));
		// the order code's last digit is odd for men, even for women; the day's sequence keeps numbers apart
		int order = (n % 500) * 2 + (male ? 1 : 0);
		String first17 = "610722" + birth.toString().replace("-", "") + String.format("%03d", order);
		String phone = "1" + List.of("39", "51", "58", "87", "88", "35").get(n % 6) + String.format("%08d", 20_000_000 + n * 37);
		return new Person(name, male ? "MALE" : "FEMALE", birth, first17 + IdNumbers.checkCharacter(first17), phone);
	}
}
