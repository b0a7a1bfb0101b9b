package org.fengqiao.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.datafaker.Faker;

/**
 * Draws Chinese names and mobile numbers from datafaker's zh-CN data, unique across the data set.
 * Surnames are datafaker's, limited to common ones and leaning towards the most frequent, as in a
 * real township; phones are datafaker's, limited to ordinary mobile prefixes. datafaker's given names are
 * almost all male, so female given names come from a short list of common ones.
 */
final class PersonFactory {

	/** A generated identity. */
	record Person(String name, String gender, String phone) {
	}

	static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	/** The most frequent surnames, drawn half of the time. */
	private static final List<String> FREQUENT_SURNAMES = List.of(
			"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
			"高", "林", "罗");
	/** About the hundred most common surnames: draws from datafaker's longer list must be one of them. */
	private static final Set<String> COMMON_SURNAMES = new TreeSet<>(List.of((
			"王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓韩冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任"
			+ "卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常"
			+ "汤康易乔赖文牛樊葛邢安齐伍庞颜倪").split("")));
	/** Prefixes of ordinary consumer mobile numbers (no data-card, satellite or IoT ranges). */
	private static final Set<String> MOBILE_PREFIXES = new TreeSet<>(List.of(
			"130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155",
			"156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
			"185", "186", "187", "188", "189", "191", "193", "195", "198", "199"));
	/** datafaker given names that read as female. */
	private static final Set<String> FAKER_FEMALE = new TreeSet<>(List.of("丽", "静", "姣姣"));
	private static final List<String> FEMALE_GIVEN = List.of(
			"秀英", "桂兰", "丽华", "海燕", "晓燕", "红梅", "雪梅", "春梅", "玉兰", "秀兰", "淑芬", "桂芳",
			"小红", "丽娟", "婷婷", "慧敏", "晓丽", "艳", "娟", "芳", "敏", "静", "丽", "霞", "燕", "婷",
			"玲", "琳", "倩", "佳怡", "雅琴", "凤英", "金凤", "翠兰", "美华", "亚萍", "晓梅", "文静", "欣怡", "梦瑶");

	private final Faker faker;
	private final Random random;
	private final Set<String> names = new TreeSet<>();
	private final Set<String> phones = new TreeSet<>();

	PersonFactory(Faker faker, Random random) {
		this.faker = faker;
		this.random = random;
	}

	/** Keeps a fixed name (such as 曾小明) out of the random draws. */
	void reserve(String name) {
		names.add(name);
	}

	/** A person with a fixed name, still given a unique phone. */
	Person named(String name, String gender) {
		names.add(name);
		return new Person(name, gender, phone());
	}

	/** A new person, female with the given probability. */
	Person next(double femaleShare) {
		String gender = random.nextDouble() < femaleShare ? "FEMALE" : "MALE";
		String name;
		do {
			name = surname() + ("FEMALE".equals(gender) ? faker.options().option(FEMALE_GIVEN.toArray(String[]::new))
					: maleGiven());
		} while (!names.add(name));
		return new Person(name, gender, phone());
	}

	private String surname() {
		if (random.nextBoolean()) {
			return faker.options().option(FREQUENT_SURNAMES.toArray(String[]::new));
		}
		String surname;
		do {
			surname = faker.name().lastName();
		} while (!COMMON_SURNAMES.contains(surname));
		return surname;
	}

	private String maleGiven() {
		String given;
		do {
			given = faker.name().firstName();
		} while (FAKER_FEMALE.contains(given));
		return given;
	}

	private String phone() {
		String phone;
		do {
			phone = faker.phoneNumber().cellPhone().replaceAll("\\D", "");
		} while (!MOBILE.matcher(phone).matches() || !MOBILE_PREFIXES.contains(phone.substring(0, 3))
				|| !phones.add(phone));
		return phone;
	}
}
