package org.fengqiao.demo;

import java.util.ArrayList;
import java.util.List;

/** Builds the departments of a county, of a town and of its village committees. */
final class DepartmentBuilder {

	static final String PERMANENT = "PERMANENT";
	static final String ROTATING = "ROTATING";
	static final String ON_CALL = "ON_CALL";

	private DepartmentBuilder() {
	}

	/** The department code: {@code {regionCode}-{KIND}}. */
	static String code(String regionCode, String kind) {
		return regionCode + "-" + kind;
	}

	/** County-level units that take escalations from the county governance center. */
	static List<DemoDepartment> county(DemoRegion county, DemoRegion city) {
		String c = county.name();
		String cityName = city.name().endsWith("市") ? city.name() : city.name() + "市";
		List<DemoDepartment> units = new ArrayList<>();
		add(units, county, "GOVERNANCE_CENTER", c + "综治中心", PERMANENT);
		add(units, county, "PETITION_OFFICE", c + "信访局", PERMANENT);
		add(units, county, "POLICE_STATION", c + "公安局", PERMANENT);
		add(units, county, "JUDICIAL_OFFICE", c + "司法局", PERMANENT);
		add(units, county, "HOUSING", c + "住房和城乡建设局", ON_CALL);
		add(units, county, "ENVIRONMENT", cityName + "生态环境局" + shortCounty(c) + "分局", ON_CALL);
		add(units, county, "HUMAN_RESOURCES", c + "人力资源和社会保障局", ROTATING);
		add(units, county, "MARKET_SUPERVISION", c + "市场监督管理局", ROTATING);
		add(units, county, "EDUCATION", c + "教育局", ON_CALL);
		return units;
	}

	/**
	 * The town's governance center and the stations it dispatches to. The police station, the
	 * judicial office and petition reception sit in the center permanently (安国镇's five
	 * permanent windows; 龙头镇's one-stop center), the others by rotation or on call.
	 */
	static List<DemoDepartment> town(DemoRegion town, TownProfile profile) {
		String t = town.name();
		String place = SeedRegions.placeName(town);
		List<DemoDepartment> units = new ArrayList<>();
		add(units, town, "GOVERNANCE_CENTER", t + "综治中心", PERMANENT);
		add(units, town, "POLICE_STATION", place + "派出所", PERMANENT);
		add(units, town, "JUDICIAL_OFFICE", place + "司法所", PERMANENT);
		add(units, town, "PETITION_OFFICE", t + "信访办", PERMANENT);
		if (profile.court()) {
			add(units, town, "COURT", place + "人民法庭", ROTATING);
		}
		add(units, town, "EMERGENCY_OFFICE", t + "应急办", ROTATING);
		add(units, town, "MARKET_SUPERVISION", place + "市场监管所", ROTATING);
		add(units, town, "NATURAL_RESOURCES", place + "自然资源所", ROTATING);
		add(units, town, "CIVIL_AFFAIRS", t + "民政办", ON_CALL);
		add(units, town, "HUMAN_RESOURCES", t + "劳动保障所", ON_CALL);
		add(units, town, "AGRICULTURE", t + "农业综合服务站", ON_CALL);
		return units;
	}

	/** A village committee answers the town center on call; it is not stationed there. */
	static DemoDepartment villageCommittee(DemoRegion village) {
		return new DemoDepartment(code(village.code(), "VILLAGE_COMMITTEE"), SeedRegions.committeeName(village),
				"VILLAGE_COMMITTEE", village.code(), ON_CALL);
	}

	/** 城固县 → 城固, 崆峒区 → 崆峒 (for branch names such as 生态环境局城固分局). */
	private static String shortCounty(String county) {
		return county.length() > 2 && (county.endsWith("县") || county.endsWith("区"))
				? county.substring(0, county.length() - 1) : county;
	}

	private static void add(List<DemoDepartment> units, DemoRegion region, String kind, String name, String stationing) {
		units.add(new DemoDepartment(code(region.code(), kind), name, kind, region.code(), stationing));
	}
}
