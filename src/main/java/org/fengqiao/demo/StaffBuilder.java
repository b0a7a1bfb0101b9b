package org.fengqiao.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds the staff of one town: center staff, station staff and the village-level field force. */
final class StaffBuilder {

	/** 六一村, whose first grid is held by the grid member 龙头镇's report names. */
	static final String NAMED_MEMBER_VILLAGE = "610722101213";
	static final String NAMED_MEMBER_KEY = "zeng.xiaoming";
	static final String NAMED_MEMBER_NAME = "曾小明";

	private final PersonFactory people;
	private final Random random;

	StaffBuilder(PersonFactory people, Random random) {
		this.people = people;
		this.random = random;
	}

	List<DemoStaff> town(TownProfile profile, DemoRegion town, List<DemoRegion> villages, List<DemoGrid> grids) {
		String center = DepartmentBuilder.code(town.code(), "GOVERNANCE_CENTER");
		String police = DepartmentBuilder.code(town.code(), "POLICE_STATION");
		String judicial = DepartmentBuilder.code(town.code(), "JUDICIAL_OFFICE");
		List<DemoStaff> staff = new ArrayList<>();
		add(staff, "leader." + town.code(), people.next(0.25), center, town.code(), List.of("LEADER"), List.of());
		for (int i = 1; i <= 2; i++) {
			add(staff, "desk." + town.code() + "." + i, people.next(0.6), center, town.code(), List.of(), List.of());
		}
		for (int i = 1; i <= 2; i++) {
			add(staff, "mediator." + town.code() + "." + i, people.next(0.4), judicial, town.code(),
					List.of("MEDIATOR"), List.of());
		}
		int n = villages.size();
		int[] defense = GridBuilder.distribute(profile.massDefense(), n, random);
		int[] heads = GridBuilder.distribute(profile.securityHeads(), n, random);
		int[] volunteers = GridBuilder.distribute(profile.volunteers(), n, random);
		for (int v = 0; v < n; v++) {
			DemoRegion village = villages.get(v);
			String committee = DepartmentBuilder.code(village.code(), "VILLAGE_COMMITTEE");
			List<String> levelOne = grids.stream()
					.filter(g -> g.level() == 1 && g.regionCode().equals(village.code())).map(DemoGrid::code).toList();
			add(staff, "police." + village.code(), people.next(0.15), police, village.code(),
					List.of("COMMUNITY_POLICE"), List.of());
			add(staff, "legal." + village.code(), people.next(0.4), judicial, village.code(),
					List.of("LEGAL_ADVISOR"), List.of());
			gridMembers(staff, village, committee, levelOne, grids);
			group(staff, "defense." + village.code(), defense[v], 0.2, committee, village.code(),
					"MASS_DEFENSE_MEMBER", List.of());
			group(staff, "security-head." + village.code(), heads[v], 0.2, committee, village.code(),
					"SECURITY_HOUSEHOLD_HEAD", levelOne);
			group(staff, "volunteer." + village.code(), volunteers[v], 0.55, committee, village.code(),
					"VOLUNTEER", List.of());
		}
		return staff;
	}

	/**
	 * One grid member per level-2 grid, or per level-1 grid without level-2 grids. The member of
	 * 六一村's first grid is 曾小明, who answers for all of that grid's micro-grids.
	 */
	private void gridMembers(List<DemoStaff> staff, DemoRegion village, String committee, List<String> levelOne,
							 List<DemoGrid> grids) {
		for (int g = 0; g < levelOne.size(); g++) {
			String parent = levelOne.get(g);
			List<String> micro = grids.stream().filter(x -> parent.equals(x.parentCode())).map(DemoGrid::code).toList();
			List<String> slots = micro.isEmpty() ? List.of(parent) : micro;
			for (int s = 0; s < slots.size(); s++) {
				boolean named = village.code().equals(NAMED_MEMBER_VILLAGE) && g == 0 && s == 0;
				if (named) {
					add(staff, NAMED_MEMBER_KEY, people.named(NAMED_MEMBER_NAME, "MALE"), committee,
							village.code(), List.of("GRID_MEMBER"), slots);
					continue;
				}
				String key = micro.isEmpty() ? "grid." + parent : "grid." + parent + "." + String.format("%02d", s + 1);
				add(staff, key, people.next(0.5), committee, village.code(), List.of("GRID_MEMBER"),
						List.of(slots.get(s)));
			}
		}
	}

	private void group(List<DemoStaff> staff, String keyPrefix, int count, double femaleShare, String department,
					   String region, String role, List<String> gridCodes) {
		for (int i = 1; i <= count; i++) {
			add(staff, keyPrefix + "." + String.format("%02d", i), people.next(femaleShare), department, region,
					List.of(role), gridCodes);
		}
	}

	private static void add(List<DemoStaff> staff, String key, PersonFactory.Person person, String department,
							String region, List<String> roles, List<String> gridCodes) {
		staff.add(new DemoStaff(key, person.name(), person.gender(), person.phone(), department, region, roles,
				gridCodes));
	}
}
