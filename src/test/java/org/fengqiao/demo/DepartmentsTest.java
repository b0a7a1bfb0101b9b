package org.fengqiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.demo.TestData.DATA;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DepartmentsTest {

	/** Department kinds as GLOSSARY.md lists them. */
	static final List<String> GLOSSARY_KINDS = List.of("GOVERNANCE_CENTER", "VILLAGE_COMMITTEE", "POLICE_STATION",
			"JUDICIAL_OFFICE", "COURT", "PROCURATORATE_OFFICE", "PETITION_OFFICE", "EMERGENCY_OFFICE",
			"MARKET_SUPERVISION", "NATURAL_RESOURCES", "ENVIRONMENT", "EDUCATION", "CIVIL_AFFAIRS", "HUMAN_RESOURCES",
			"AGRICULTURE", "HOUSING", "TRANSPORT", "HEALTH", "OTHER");

	private static Map<String, DemoDepartment> byCode() {
		Map<String, DemoDepartment> map = new TreeMap<>();
		DATA.departments().forEach(d -> map.put(d.code(), d));
		return map;
	}

	@Test
	@DisplayName("every department has a GLOSSARY kind, a stationing, a Chinese name and the code region-KIND")
	void every_department_follows_the_glossary() {
		List<String> regions = DATA.regions().stream().map(DemoRegion::code).toList();
		assertThat(DATA.departments()).allSatisfy(d -> {
			assertThat(d.kind()).isIn(GLOSSARY_KINDS);
			assertThat(d.stationing()).isIn("PERMANENT", "ROTATING", "ON_CALL");
			assertThat(d.code()).isEqualTo(d.regionCode() + "-" + d.kind());
			assertThat(d.name()).matches(TestData.CHINESE_TEXT);
			assertThat(regions).contains(d.regionCode());
		});
		assertThat(DATA.departments()).extracting(DemoDepartment::code).doesNotHaveDuplicates();
	}

	@Test
	@DisplayName("龙头镇's stations are named after the place, with a people's court")
	void town_stations_are_named_after_the_place() {
		Map<String, DemoDepartment> d = byCode();
		assertThat(d.get("610722101000-GOVERNANCE_CENTER").name()).isEqualTo("龙头镇综治中心");
		assertThat(d.get("610722101000-POLICE_STATION").name()).isEqualTo("龙头派出所");
		assertThat(d.get("610722101000-JUDICIAL_OFFICE").name()).isEqualTo("龙头司法所");
		assertThat(d.get("610722101000-PETITION_OFFICE").name()).isEqualTo("龙头镇信访办");
		assertThat(d.get("610722101000-MARKET_SUPERVISION").name()).isEqualTo("龙头市场监管所");
		assertThat(d.get("610722101000-NATURAL_RESOURCES").name()).isEqualTo("龙头自然资源所");
		assertThat(d.get("610722101000-COURT").name()).isEqualTo("龙头人民法庭");
		assertThat(d.get("510921207000-POLICE_STATION").name()).isEqualTo("荷叶派出所");
	}

	@Test
	@DisplayName("every town has its center and ten stations, a court only in 龙头镇 and 大郭镇")
	void every_town_has_its_center_and_stations() {
		for (String town : TestData.townCodes()) {
			List<String> kinds = DATA.departments().stream().filter(x -> x.regionCode().equals(town))
					.map(DemoDepartment::kind).toList();
			assertThat(kinds).contains("GOVERNANCE_CENTER", "POLICE_STATION", "JUDICIAL_OFFICE", "PETITION_OFFICE",
					"EMERGENCY_OFFICE", "MARKET_SUPERVISION", "NATURAL_RESOURCES", "CIVIL_AFFAIRS", "HUMAN_RESOURCES",
					"AGRICULTURE");
			assertThat(kinds.contains("COURT")).isEqualTo(town.equals("610722101000") || town.equals("411122110000"));
		}
	}

	@Test
	@DisplayName("安国镇's police station, judicial office and petition office are stationed permanently")
	void the_one_grid_town_stations_its_police_judicial_and_petition_offices_permanently() {
		Map<String, DemoDepartment> d = byCode();
		for (String kind : List.of("POLICE_STATION", "JUDICIAL_OFFICE", "PETITION_OFFICE")) {
			assertThat(d.get(TestData.ONE_GRID_TOWN + "-" + kind).stationing()).isEqualTo("PERMANENT");
		}
		assertThat(DATA.departments()).filteredOn(x -> x.regionCode().equals(TestData.ONE_GRID_TOWN))
				.extracting(DemoDepartment::stationing).contains("ROTATING", "ON_CALL");
	}

	@Test
	@DisplayName("every village-level unit has one committee named after its kind")
	void every_village_has_a_committee_named_after_its_kind() {
		Map<String, DemoDepartment> d = byCode();
		DATA.regions().stream().filter(r -> r.level().equals("VILLAGE")).forEach(v -> {
			DemoDepartment committee = d.get(v.code() + "-VILLAGE_COMMITTEE");
			assertThat(committee).as(v.code()).isNotNull();
			assertThat(committee.name()).endsWith(v.kind().equals("COMMUNITY") ? "社区居民委员会" : "村村民委员会");
		});
		assertThat(d.get("610722101213-VILLAGE_COMMITTEE").name()).isEqualTo("六一村村民委员会");
		assertThat(DATA.departments()).filteredOn(x -> x.kind().equals("VILLAGE_COMMITTEE")).hasSize(89);
	}

	@Test
	@DisplayName("each of the five counties has its center, petition bureau, police and justice bureaus and five more")
	void every_county_has_its_bureaus() {
		Map<String, DemoDepartment> d = byCode();
		assertThat(d.get("610722000000-GOVERNANCE_CENTER").name()).isEqualTo("城固县综治中心");
		assertThat(d.get("610722000000-PETITION_OFFICE").name()).isEqualTo("城固县信访局");
		assertThat(d.get("610722000000-POLICE_STATION").name()).isEqualTo("城固县公安局");
		assertThat(d.get("610722000000-JUDICIAL_OFFICE").name()).isEqualTo("城固县司法局");
		for (String county : List.of("610722000000", "620802000000", "510921000000", "610921000000", "411122000000")) {
			assertThat(DATA.departments()).filteredOn(x -> x.regionCode().equals(county)).extracting(DemoDepartment::kind)
					.containsExactlyInAnyOrder("GOVERNANCE_CENTER", "PETITION_OFFICE", "POLICE_STATION", "JUDICIAL_OFFICE",
							"HOUSING", "ENVIRONMENT", "HUMAN_RESOURCES", "MARKET_SUPERVISION", "EDUCATION");
		}
	}
}
