package org.fengqiao.cases.demo;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.clocks.TimeLimitPolicy;
import org.fengqiao.cases.intake.CaseNumbers;
import org.fengqiao.cases.lifecycle.CaseRepository;
import org.fengqiao.cases.lifecycle.LifecycleRules;
import org.fengqiao.cases.rules.CaseRules;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.fengqiao.cases.demo.DemoCasePlanner.Plan;
import org.fengqiao.cases.demo.DemoCasePlanner.Spot;
import org.fengqiao.cases.demo.DemoCasePlanner.Town;
import org.fengqiao.cases.demo.DemoCasePlanner.Village;
import org.fengqiao.directory.Department;
import org.fengqiao.directory.Directory;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.calendar.WorkingDayCalendar;
import org.fengqiao.platform.calendar.WorkingDays;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.region.Grid;
import org.fengqiao.region.Grids;
import org.fengqiao.region.Region;
import org.fengqiao.region.Regions;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


/**
 * The demo data set's case history: a year of cases of 龙头镇 (and its neighbours 沙河营镇 and 文川镇), 安国镇,
 * 双乳镇 and 大郭镇 ending now, in their
 * real villages and grids, numbered in order of receipt and walked through the real lifecycle rules, plus
 * 龙头镇's demo routing rules. 荷叶乡 is left without cases. The same seed gives the same history.
 */
@Component
@NamedInterface("demo-history")
public class DemoCaseHistory {

	/** The towns and the cases each receives in a year, by kind in {@link CaseKind} order. */
	private static final Map<String, int[]> TOWNS = new TreeMap<>(Map.of(
			"610722101000", new int[] { 40, 175, 4, 50, 12, 6 },  // 龙头镇: 175 disputes a year
			"620802104000", new int[] { 14, 12, 1, 9, 12, 2 },    // 安国镇: appeals, opinions and hazards online
			"610921104000", new int[] { 5, 12, 1, 4, 2, 1 },      // 双乳镇
			"411122110000", new int[] { 5, 12, 4, 4, 2, 2 },      // 大郭镇: petitions settled face to face
			"610722102000", new int[] { 6, 9, 1, 3, 2, 1 },       // 沙河营镇 and 文川镇, beside 龙头镇 in 城固县:
			"610722103000", new int[] { 5, 8, 1, 3, 1, 1 }));     // the county view compares three towns

	private final Regions regions;
	private final Grids grids;
	private final Directory directory;
	private final CaseNumbers numbers;
	private final CaseRules rules;
	private final LifecycleRules lifecycleRules;
	private final WorkingDays workingDays;
	private final PersonalDataCipher cipher;
	private final DemoCaseWriter writer;
	private final Clock clock;

	DemoCaseHistory(Regions regions, Grids grids, Directory directory, CaseNumbers numbers, CaseRules rules,
			LifecycleRules lifecycleRules, WorkingDays workingDays, PersonalDataCipher cipher, DemoCaseWriter writer,
			Clock clock) {
		this.regions = regions;
		this.grids = grids;
		this.directory = directory;
		this.numbers = numbers;
		this.rules = rules;
		this.lifecycleRules = lifecycleRules;
		this.workingDays = workingDays;
		this.cipher = cipher;
		this.writer = writer;
		this.clock = clock;
	}

	/** Writes the history into a database without cases; returns how many cases it wrote. */
	@Transactional
	public int load(long seed) {
		Instant end = clock.instant();
		writer.rules(DemoRouting.RULES);
		rules.changed();
		List<Town> towns = new ArrayList<>();
		Set<String> units = new TreeSet<>();
		TOWNS.forEach((code, perKind) -> {
			towns.add(town(code, perKind));
			for (String center : List.of(code, code.substring(0, 6) + "000000")) {
				directory.dispatchTargets(center, DataScope.everything()).stream().map(Department::code).forEach(units::add);
			}
		});
		WorkingDayCalendar calendar = workingDays.calendar();
		Random random = new Random(seed);
		List<Plan> plans = new DemoCasePlanner(random, calendar, end, code -> rules.category(code)
			.orElseThrow(() -> new IllegalStateException("no category " + code)).parentCode()).plan(towns);
		DemoCaseStory story = new DemoCaseStory(random, calendar, units);
		LifecycleRules remembered = new RememberedRules(lifecycleRules);
		Map<String, Iterator<String>> numbered = numbers(plans);
		List<DemoCaseWriter.Written> written = new ArrayList<>(plans.size());
		for (Plan p : plans) {
			String number = numbered.get(unitYear(p)).next();
			CaseRepository.NewCase intake = intake(p, remembered);
			DemoCaseWalk.Result walked = story.tell(p, intake.received(number),
					rules.sla(p.kind(), p.category(), p.priority(), p.village().code()), remembered, end);
			written.add(new DemoCaseWriter.Written(number, intake, walked));
		}
		writer.write(written);
		return written.size();
	}

	/** The case numbers of each town and year, in order of receipt (the plans are in that order). */
	private Map<String, Iterator<String>> numbers(List<Plan> plans) {
		Map<String, Integer> counts = new TreeMap<>();
		plans.forEach(p -> counts.merge(unitYear(p), 1, Integer::sum));
		Map<String, Iterator<String>> result = new TreeMap<>();
		counts.forEach((key, count) -> result.put(key,
				numbers.next(key.substring(0, 9), Integer.parseInt(key.substring(10)), count).iterator()));
		return result;
	}

	/** The receiving town (9 digits) and the year of receipt in Asia/Shanghai: {@code 610722101-2025}. */
	private static String unitYear(Plan p) {
		return p.town().code().substring(0, 9) + "-" + p.receivedAt().atZone(Times.ZONE).getYear();
	}

	/** The case as intake would have written it, with the reporter's contact encrypted and blind-indexed. */
	private CaseRepository.NewCase intake(Plan p, LifecycleRules rules) {
		DemoReporters.Reporter r = p.reporter();
		String phone = r == null ? null : r.phone();
		String id = r == null ? null : r.idNumber();
		String description = p.slots().fill(p.script().description());
		if (p.kind() == CaseKind.HAZARD) {
			description = DemoCaseScripts.hazardSource(p.channel(), p.slots().a()) + description;
		}
		TimeLimitPolicy limits = rules.timeLimits(p.kind(), p.category(), p.priority(), p.village().code());
		Instant signFor = limits.signForDeadlineAtIntake(p.receivedAt());
		return new CaseRepository.NewCase(p.kind(), p.category(), p.channel(), p.slots().fill(p.script().title()),
				description, p.priority(), CaseLevel.TOWN, p.village().code(),
				p.grid() == null ? null : p.grid().code(), p.address(), p.lat(), p.lng(), r == null ? null : r.name(),
				cipher.encrypt(phone), cipher.blindIndex(phone), cipher.encrypt(id), cipher.blindIndex(id),
				Department.townCenterOf(p.village().code()), p.firstReceiver(), p.firstReceiver(), p.receivedAt(),
				p.receivedAt(), null, null, signFor, signFor == null ? null : limits.warningAt(p.receivedAt(), signFor));
	}

	/** A town's villages with their grids (level-2 where the town has them, else level-1), through the region API. */
	private Town town(String code, int[] perKind) {
		Region town = regions.find(code).orElseThrow(() -> new IllegalStateException("no town " + code));
		List<Grid> all = gridsOf(code, 2);
		Map<String, List<Spot>> byVillage = new TreeMap<>();
		for (Grid g : all.isEmpty() ? gridsOf(code, 1) : all) {
			byVillage.computeIfAbsent(g.regionCode(), k -> new ArrayList<>()).add(new Spot(g.code(), g.boundary()));
		}
		List<Village> villages = regions.children(code, DataScope.everything()).stream()
			.filter(v -> byVillage.containsKey(v.code()))
			.map(v -> new Village(v.code(), v.name(), byVillage.get(v.code())))
			.toList();
		return new Town(code, town.name(), town.parentCode(), perKind, villages);
	}

	private List<Grid> gridsOf(String town, int level) {
		List<Grid> all = new ArrayList<>();
		for (int page = 0; page == 0 || all.size() == page * PageQuery.MAX_SIZE; page++) {
			all.addAll(grids.list(town, level, DataScope.everything(), new PageQuery(page, PageQuery.MAX_SIZE)).items());
		}
		return all;
	}
}
