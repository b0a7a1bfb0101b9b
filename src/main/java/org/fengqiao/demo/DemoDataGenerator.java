package org.fengqiao.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.datafaker.Faker;

/**
 * Generates the demo data set for the five towns of seed-towns.csv: their regions, grids with
 * synthetic boundaries, departments and staff. The same seed always gives the same data set.
 */
public final class DemoDataGenerator {

	/** The seed the application uses for its demo data set. */
	public static final long DEFAULT_SEED = 2026L;

	/** The five towns, 龙头镇 first, with their approximate real locations. */
	static final List<TownProfile> TOWNS = List.of(
			new TownProfile("610722101000", 33.13, 107.20, true, true, 0, 0, 0),    // 龙头镇
			new TownProfile("620802104000", 35.62, 106.80, false, false, 88, 137, 0), // 安国镇
			new TownProfile("510921207000", 30.62, 105.80, true, false, 0, 0, 68),  // 荷叶乡
			new TownProfile("610921104000", 32.86, 108.47, true, false, 0, 0, 0),   // 双乳镇
			new TownProfile("411122110000", 33.80, 113.90, true, true, 0, 0, 0),   // 大郭镇
			// Two more towns of 城固县, so the county's center and viewer compare towns (synthetic boundaries,
			// placed apart from 龙头镇's): real NBS villages, one grid per village, no figures of their own.
			new TownProfile("610722102000", 33.08, 107.31, false, false, 0, 0, 0),  // 沙河营镇
			new TownProfile("610722103000", 33.21, 107.38, false, false, 0, 0, 0)); // 文川镇

	private DemoDataGenerator() {
	}

	public static DemoDataSet generate(long seed) {
		Random random = new Random(seed);
		Faker faker = new Faker(Locale.SIMPLIFIED_CHINESE, random);
		SeedRegions regions = SeedRegions.load();
		PersonFactory people = new PersonFactory(faker, random);
		people.reserve(StaffBuilder.NAMED_MEMBER_NAME);
		GridBuilder gridBuilder = new GridBuilder(random);
		StaffBuilder staffBuilder = new StaffBuilder(people, random);

		List<DemoGrid> grids = new ArrayList<>();
		List<DemoDepartment> departments = new ArrayList<>();
		List<DemoStaff> staff = new ArrayList<>();
		Set<String> counties = new TreeSet<>();
		for (TownProfile profile : TOWNS) {
			DemoRegion town = regions.get(profile.code());
			DemoRegion county = regions.get(town.parentCode());
			List<DemoRegion> villages = regions.children(town.code());
			List<DemoGrid> townGrids = gridBuilder.build(profile, villages);
			grids.addAll(townGrids);
			if (counties.add(county.code())) {
				departments.addAll(DepartmentBuilder.county(county, regions.get(county.parentCode())));
			}
			departments.addAll(DepartmentBuilder.town(town, profile));
			villages.forEach(v -> departments.add(DepartmentBuilder.villageCommittee(v)));
			staff.addAll(staffBuilder.town(profile, town, villages, townGrids));
		}
		grids.sort(Comparator.comparing(DemoGrid::code));
		departments.sort(Comparator.comparing(DemoDepartment::code));
		return new DemoDataSet(regions.all(), grids, departments, staff);
	}
}
