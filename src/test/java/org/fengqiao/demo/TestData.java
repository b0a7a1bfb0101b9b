package org.fengqiao.demo;

import java.util.List;

/** The data set under test, generated once, and lookups the tests share. */
final class TestData {

	static final DemoDataSet DATA = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED);

	/** 龙头镇, the town whose published grid figures the generator reproduces. */
	static final String REFERENCE_TOWN = "610722101000";
	/** 安国镇, one grid per village and no micro-grids. */
	static final String ONE_GRID_TOWN = "620802104000";
	/** 荷叶乡, the town with 68 volunteers. */
	static final String VOLUNTEER_TOWN = "510921207000";
	/** 六一村 in 龙头镇. */
	static final String NAMED_MEMBER_VILLAGE = "610722101213";

	static final String CHINESE_TEXT = "\\p{IsHan}+";

	private TestData() {
	}

	static List<String> townCodes() {
		return DemoDataGenerator.TOWNS.stream().map(TownProfile::code).toList();
	}

	static TownProfile profile(String townCode) {
		return DemoDataGenerator.TOWNS.stream().filter(t -> t.code().equals(townCode)).findFirst().orElseThrow();
	}

	static List<DemoRegion> villages(String townCode) {
		return DATA.regions().stream().filter(r -> townCode.equals(r.parentCode())).toList();
	}

	static List<DemoGrid> grids(String townCode, int level) {
		String prefix = townCode.substring(0, 9);
		return DATA.grids().stream().filter(g -> g.level() == level && g.regionCode().startsWith(prefix)).toList();
	}

	static List<DemoGrid> children(DemoGrid parent) {
		return DATA.grids().stream().filter(g -> parent.code().equals(g.parentCode())).toList();
	}

	static List<DemoStaff> staff(String townCode) {
		String prefix = townCode.substring(0, 9);
		return DATA.staff().stream().filter(s -> s.regionCode().startsWith(prefix)).toList();
	}

	static List<DemoStaff> withRole(List<DemoStaff> staff, String role) {
		return staff.stream().filter(s -> s.fieldRoles().contains(role)).toList();
	}
}
