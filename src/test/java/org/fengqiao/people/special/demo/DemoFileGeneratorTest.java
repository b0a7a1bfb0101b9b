package org.fengqiao.people.special.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.fengqiao.people.special.FollowUpPolicy;
import org.fengqiao.people.special.FollowUpRule;
import org.fengqiao.people.special.FollowUpRule.Duty;
import org.fengqiao.people.special.Frequency;
import org.fengqiao.people.special.demo.DemoFileGenerator.DemoDuty;
import org.fengqiao.people.special.demo.DemoFileGenerator.Holder;
import org.junit.jupiter.api.Test;

class DemoFileGeneratorTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 5);

	/** 16 villages of 40 to 190 residents, men and women of every age from 1 to 80. */
	static List<Holder> residents() {
		List<Holder> out = new ArrayList<>();
		long id = 1;
		for (int v = 0; v < 16; v++) {
			String village = "610722101" + String.format("%03d", 200 + v);
			for (int i = 0; i < 40 + v * 10; i++) {
				out.add(new Holder(id++, village, village + "001", i % 2 == 0 ? "MALE" : "FEMALE",
						TODAY.minusYears(1 + (i * 7) % 80).minusDays(i % 300)));
			}
		}
		return out;
	}

	private final DemoFileGenerator.Result result = new DemoFileGenerator(new FollowUpPolicy(defaults()))
		.generate(residents(), 42, TODAY);

	@Test
	void longtou_keeps_354_files_of_which_20_key_persons_each_person_once() {
		assertThat(result.files()).hasSize(354);
		assertThat(result.files().stream().filter(DemoFileGenerator.DemoFile::key)).hasSize(20);
		assertThat(result.files().stream().map(f -> f.holder().residentId()).distinct()).hasSize(354);
	}

	@Test
	void categories_follow_their_shares_and_bigger_villages_hold_more_files() {
		Map<String, Long> byCategory = result.files().stream()
			.collect(Collectors.groupingBy(DemoFileGenerator.DemoFile::category, Collectors.counting()));
		assertThat(byCategory.get("03")).isBetween(104L, 108L);
		assertThat(byCategory.get("01")).isBetween(52L, 54L);
		assertThat(byCategory.get("09")).isBetween(7L, 8L);
		Map<String, Long> byVillage = result.files().stream()
			.collect(Collectors.groupingBy(f -> f.holder().regionCode(), Collectors.counting()));
		assertThat(byVillage).hasSize(16);
		assertThat(byVillage.get("610722101215")).isGreaterThan(byVillage.get("610722101200") * 2);
	}

	@Test
	void left_behind_children_are_children_and_released_prisoners_are_adults_mostly_men() {
		List<DemoFileGenerator.DemoFile> children = result.files().stream().filter(f -> f.category().equals("08")).toList();
		assertThat(children).isNotEmpty().allMatch(f -> f.holder().age(TODAY) < 16);
		List<DemoFileGenerator.DemoFile> released = result.files().stream().filter(f -> f.category().equals("01")).toList();
		assertThat(released).allMatch(f -> f.holder().age(TODAY) >= 18 && f.holder().age(TODAY) <= 65);
		assertThat(released.stream().filter(f -> f.holder().gender().equals("MALE")).count())
			.isGreaterThan(released.size() * 3L / 4);
		assertThat(result.files().stream().filter(f -> f.category().equals("03")))
			.allMatch(f -> f.holder().age(TODAY) >= 18);
	}

	@Test
	void a_year_of_visits_is_mostly_on_time_with_a_few_overdue() {
		List<DemoDuty> past = result.duties().stream().filter(d -> d.duty() == Duty.VISIT && d.end().isBefore(TODAY)).toList();
		long onTime = past.stream().filter(d -> d.doneOn() != null && !d.doneOn().isAfter(d.end())).count();
		long missed = past.stream().filter(d -> d.doneOn() == null).count();
		assertThat((double) onTime / past.size()).isBetween(0.92, 0.96);
		assertThat(missed).isPositive();
		assertThat((double) missed / past.size()).isLessThan(0.05);
		// key persons weekly: about 52 visits a year each
		int keyFile = result.files().indexOf(result.files().stream().filter(DemoFileGenerator.DemoFile::key).findFirst().orElseThrow());
		assertThat(result.duties().stream().filter(d -> d.file() == keyFile && d.duty() == Duty.VISIT)).hasSizeBetween(52, 54);
		assertThat(result.duties().stream().filter(d -> d.doneOn() != null).allMatch(d -> !d.doneOn().isAfter(TODAY))).isTrue();
	}

	@Test
	void the_same_seed_gives_the_same_files() {
		DemoFileGenerator.Result again = new DemoFileGenerator(new FollowUpPolicy(defaults())).generate(residents(), 42, TODAY);
		assertThat(again.files()).isEqualTo(result.files());
		assertThat(again.duties()).isEqualTo(result.duties());
	}

	static List<FollowUpRule> defaults() {
		List<FollowUpRule> rules = new ArrayList<>();
		rules.add(new FollowUpRule(1, Duty.VISIT, null, null, true, null, null, Frequency.WEEKLY));
		rules.add(new FollowUpRule(2, Duty.ASSESSMENT, null, null, true, null, null, Frequency.QUARTERLY));
		for (String c : List.of("01", "02", "04", "05", "06", "07", "08", "09")) {
			rules.add(new FollowUpRule(10 + rules.size(), Duty.VISIT, c, null, null, null, null, Frequency.MONTHLY));
		}
		rules.add(new FollowUpRule(30, Duty.VISIT, "03", null, null, 0, 0, Frequency.QUARTERLY));
		rules.add(new FollowUpRule(31, Duty.VISIT, "03", null, null, 1, 2, Frequency.MONTHLY));
		rules.add(new FollowUpRule(32, Duty.VISIT, "03", null, null, 3, 5, Frequency.BIWEEKLY));
		return rules;
	}
}
