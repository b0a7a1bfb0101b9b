package org.fengqiao.people.special.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.fengqiao.people.special.FollowUpPolicy;
import org.fengqiao.people.special.FollowUpRule.Duty;
import org.fengqiao.people.special.RiskLevel;

/**
 * 龙头镇's special-population files as a pure function of its residents, the follow-up rules, a seed and a day:
 * {@value #FILES} files ({@value #KEY_PERSONS} key persons) spread over the villages by their number of residents,
 * categories in the proportions a Hanzhong township's ledgers show (severe mental disorder, released prisoners and
 * left-behind children the largest groups), each file held by a resident who fits it (children under 16 for
 * left-behind children, young people for key youth, adults mostly men for prisoners, corrections and drugs), and a
 * year of duties, most visited within their period, a few late, a few missed.
 */
final class DemoFileGenerator {

	static final int FILES = 354;
	static final int KEY_PERSONS = 20;

	/** Share of the files per category, in thousandths (sums to 1000). */
	static final Map<String, Integer> SHARES = new LinkedHashMap<>();
	static {
		SHARES.put("01", 150);
		SHARES.put("02", 80);
		SHARES.put("03", 300);
		SHARES.put("04", 100);
		SHARES.put("05", 20);
		SHARES.put("06", 100);
		SHARES.put("07", 80);
		SHARES.put("08", 150);
		SHARES.put("09", 20);
	}

	/** A resident who may hold a file. */
	record Holder(long residentId, String regionCode, String gridCode, String gender, LocalDate birthDate) {

		int age(LocalDate today) {
			return birthDate.until(today).getYears();
		}
	}

	/** One generated file. */
	record DemoFile(Holder holder, String category, RiskLevel risk, boolean key, Integer dangerLevel,
			Map<String, Object> fields) {
	}

	/** One duty of one period: visited (or assessed) on {@code doneOn}, or never ({@code null}). */
	record DemoDuty(int file, Duty duty, LocalDate start, LocalDate end, LocalDate doneOn) {
	}

	record Result(List<DemoFile> files, List<DemoDuty> duties) {
	}

	private final FollowUpPolicy policy;

	DemoFileGenerator(FollowUpPolicy policy) {
		this.policy = policy;
	}

	Result generate(List<Holder> residents, long seed, LocalDate today) {
		if (residents.size() < FILES) {
			throw new IllegalArgumentException("need " + FILES + " residents, got " + residents.size());
		}
		Random random = new Random(seed);
		List<String> categories = new ArrayList<>();
		allocate(SHARES, FILES).forEach((c, n) -> categories.addAll(Collections.nCopies(n, c)));
		Collections.shuffle(categories, random);
		List<Holder> holders = pick(residents, categories, today, random);

		List<DemoFile> files = new ArrayList<>();
		List<Integer> keyCandidates = new ArrayList<>();
		for (int i = 0; i < FILES; i++) {
			String category = categories.get(i);
			Integer danger = category.equals("03") ? danger(random) : null;
			if (!category.equals("08") && !category.equals("05")) {
				keyCandidates.add(i);
			}
			files.add(new DemoFile(holders.get(i), category, risk(random), false, danger, fields(category, danger, random)));
		}
		Collections.shuffle(keyCandidates, random);
		for (int i : keyCandidates.subList(0, KEY_PERSONS)) {
			DemoFile f = files.get(i);
			files.set(i, new DemoFile(f.holder(), f.category(), RiskLevel.HIGH, true, f.dangerLevel(), f.fields()));
		}

		List<DemoDuty> duties = new ArrayList<>();
		LocalDate from = today.minusYears(1).plusDays(1);
		for (int i = 0; i < files.size(); i++) {
			DemoFile f = files.get(i);
			for (FollowUpPolicy.Due due : policy.dueBetween(from, today, f.category(), f.risk(), f.key(), f.dangerLevel())) {
				duties.add(new DemoDuty(i, due.duty(), due.period().start(), due.period().end(),
						doneOn(due.period().start(), due.period().end(), today, random)));
			}
		}
		return new Result(files, duties);
	}

	/**
	 * Files per village in proportion to the village's residents; in each village, for each file's category, a
	 * resident who fits it (or, where none is left, any resident not yet holding a file).
	 */
	private static List<Holder> pick(List<Holder> residents, List<String> categories, LocalDate today, Random random) {
		Map<String, List<Holder>> byVillage = new TreeMap<>();
		for (Holder h : residents) {
			byVillage.computeIfAbsent(h.regionCode(), k -> new ArrayList<>()).add(h);
		}
		Map<String, Integer> weights = new LinkedHashMap<>();
		byVillage.forEach((v, list) -> weights.put(v, list.size()));
		List<String> villages = new ArrayList<>();
		allocate(weights, FILES).forEach((village, n) -> villages.addAll(Collections.nCopies(n, village)));
		Collections.shuffle(villages, random);
		byVillage.values().forEach(list -> Collections.shuffle(list, random));
		List<Holder> out = new ArrayList<>();
		for (int i = 0; i < FILES; i++) {
			List<Holder> left = byVillage.get(villages.get(i));
			String category = categories.get(i);
			boolean wantsMan = random.nextInt(100) < MEN_PERCENT.getOrDefault(category, 50);
			int at = indexOf(left, h -> fits(category, h.age(today)) && h.gender().equals(wantsMan ? "MALE" : "FEMALE"));
			if (at < 0) {
				at = indexOf(left, h -> fits(category, h.age(today)));
			}
			out.add(left.remove(at < 0 ? 0 : at));
		}
		return out;
	}

	/** Share of men per category, in percent (the rest: half and half). */
	private static final Map<String, Integer> MEN_PERCENT = Map.of("01", 90, "02", 85, "04", 85, "07", 65, "06", 70);

	/** Whether a resident of this age fits the category. */
	static boolean fits(String category, int age) {
		return switch (category) {
			case "08" -> age < 16;
			case "06" -> age >= 12 && age <= 25;
			case "01", "02", "04" -> age >= 18 && age <= 65;
			case "07" -> age >= 30;
			default -> age >= 18;
		};
	}

	private static int indexOf(List<Holder> list, java.util.function.Predicate<Holder> test) {
		for (int i = 0; i < list.size(); i++) {
			if (test.test(list.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** Splits {@code total} by the weights, largest remainder first, never above a weight. */
	static <K> Map<K, Integer> allocate(Map<K, Integer> weights, int total) {
		long sum = weights.values().stream().mapToLong(Integer::longValue).sum();
		Map<K, Integer> out = new LinkedHashMap<>();
		List<Map.Entry<K, Double>> remainders = new ArrayList<>();
		int given = 0;
		for (Map.Entry<K, Integer> w : weights.entrySet()) {
			double exact = (double) w.getValue() * total / sum;
			int n = (int) Math.floor(exact);
			out.put(w.getKey(), n);
			given += n;
			remainders.add(Map.entry(w.getKey(), exact - n));
		}
		remainders.sort(Map.Entry.<K, Double>comparingByValue().reversed());
		for (int i = 0; given < total; i = (i + 1) % remainders.size()) {
			K k = remainders.get(i).getKey();
			if (out.get(k) < weights.get(k)) {
				out.put(k, out.get(k) + 1);
				given++;
			}
		}
		return out;
	}

	/** Past periods: 94% visited within, 3% late, 3% missed; the running period: half visited so far. */
	private static LocalDate doneOn(LocalDate start, LocalDate end, LocalDate today, Random random) {
		if (!end.isBefore(today)) {
			long elapsed = today.toEpochDay() - start.toEpochDay();
			return random.nextBoolean() ? start.plusDays(elapsed == 0 ? 0 : random.nextLong(elapsed + 1)) : null;
		}
		int roll = random.nextInt(100);
		long length = end.toEpochDay() - start.toEpochDay() + 1;
		if (roll < 94) {
			return start.plusDays(random.nextLong(length));
		}
		if (roll < 97) {
			LocalDate late = end.plusDays(1 + random.nextInt(10));
			return late.isAfter(today) ? null : late;
		}
		return null;
	}

	private static RiskLevel risk(Random random) {
		int roll = random.nextInt(100);
		return roll < 70 ? RiskLevel.LOW : roll < 95 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
	}

	private static int danger(Random random) {
		int roll = random.nextInt(100);
		return roll < 40 ? 0 : roll < 85 ? 1 + random.nextInt(2) : 3 + random.nextInt(3);
	}

	private static Map<String, Object> fields(String category, Integer danger, Random random) {
		Map<String, Object> f = new LinkedHashMap<>();
		switch (category) {
			case "01" -> {
				f.put("releaseDate", LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1500)).toString());
				f.put("resettlement", List.of("01", "02", "05", "06", "07").get(random.nextInt(5)));
			}
			case "02" -> {
				LocalDate start = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(400));
				f.put("correctionType", List.of("01", "02", "02", "02", "03", "04").get(random.nextInt(6)));
				f.put("correctionStart", start.toString());
				f.put("correctionEnd", start.plusMonths(6 + random.nextInt(30)).toString());
			}
			case "03" -> {
				f.put("diagnosis", List.of("精神分裂症", "双相情感障碍", "偏执性精神病", "癫痫所致精神障碍").get(random.nextInt(4)));
				f.put("dangerLevel", danger);
				f.put("treatment", random.nextInt(10) < 8 ? "规律服药" : "间断服药");
			}
			case "04" -> f.put("controlStatus", List.of("01", "01", "05", "06").get(random.nextInt(4)));
			case "05" -> f.put("attentionType", "00");
			case "06" -> f.put("youthType", List.of("01", "02", "04", "05").get(random.nextInt(4)));
			case "07" -> f.put("petitionMatter", List.of("征地补偿", "宅基地纠纷", "劳资纠纷", "低保评定").get(random.nextInt(4)));
			case "08" -> f.put("guardianName", "祖父母");
			case "09" -> f.put("involvement", "曾参与，已转化");
			default -> {
			}
		}
		return f;
	}
}
