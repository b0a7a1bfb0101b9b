package org.fengqiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.demo.TestData.DATA;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffTest {

	static final List<String> FIELD_ROLES = List.of("GRID_MEMBER", "COMMUNITY_POLICE", "LEGAL_ADVISOR", "MEDIATOR",
			"VOLUNTEER", "MASS_DEFENSE_MEMBER", "SECURITY_HOUSEHOLD_HEAD", "LEGAL_LIAISON", "COMMUNITY_ELDER", "INFORMANT",
			"LEADER");

	@Test
	@DisplayName("曾小明 is the grid member of 六一村 holding every micro-grid of its first grid")
	void the_named_grid_member_holds_every_micro_grid_of_his_first_grid() {
		List<DemoStaff> named = DATA.staff().stream().filter(s -> s.name().equals("曾小明")).toList();
		assertThat(named).hasSize(1);
		DemoStaff zeng = named.get(0);
		assertThat(zeng.key()).isEqualTo("zeng.xiaoming");
		assertThat(zeng.gender()).isEqualTo("MALE");
		assertThat(zeng.regionCode()).isEqualTo(TestData.NAMED_MEMBER_VILLAGE);
		assertThat(zeng.departmentCode()).isEqualTo("610722101213-VILLAGE_COMMITTEE");
		assertThat(zeng.fieldRoles()).containsExactly("GRID_MEMBER");
		DemoGrid first = DATA.grids().stream().filter(g -> g.code().equals("610722101213001")).findFirst().orElseThrow();
		assertThat(zeng.gridCodes()).isNotEmpty()
				.containsExactlyElementsOf(TestData.children(first).stream().map(DemoGrid::code).toList());
	}

	@Test
	@DisplayName("every micro-grid has a grid member of its village committee, 477 in 龙头镇")
	void every_micro_grid_has_one_grid_member() {
		for (String town : TestData.townCodes()) {
			List<DemoStaff> members = TestData.withRole(TestData.staff(town), "GRID_MEMBER");
			List<DemoGrid> units = TestData.grids(town, 2).isEmpty() ? TestData.grids(town, 1) : TestData.grids(town, 2);
			assertThat(members).hasSameSizeAs(units);
			assertThat(members.stream().flatMap(s -> s.gridCodes().stream()).distinct().toList())
					.containsExactlyInAnyOrderElementsOf(units.stream().map(DemoGrid::code).toList());
			assertThat(members).allSatisfy(s ->
					assertThat(s.departmentCode()).isEqualTo(s.regionCode() + "-VILLAGE_COMMITTEE"));
		}
		assertThat(TestData.withRole(TestData.staff(TestData.REFERENCE_TOWN), "GRID_MEMBER")).hasSize(477);
		assertThat(TestData.withRole(TestData.staff(TestData.ONE_GRID_TOWN), "GRID_MEMBER")).hasSize(20);
	}

	@Test
	@DisplayName("each town has a leader, two desk staff, two mediators and a police officer and legal advisor per village")
	void every_town_has_its_core_staff() {
		for (String town : TestData.townCodes()) {
			List<DemoStaff> staff = TestData.staff(town);
			int villages = TestData.villages(town).size();
			assertThat(TestData.withRole(staff, "LEADER")).singleElement()
					.extracting(DemoStaff::departmentCode).isEqualTo(town + "-GOVERNANCE_CENTER");
			assertThat(staff).filteredOn(s -> s.fieldRoles().isEmpty()).hasSize(2)
					.allSatisfy(s -> assertThat(s.departmentCode()).isEqualTo(town + "-GOVERNANCE_CENTER"));
			assertThat(TestData.withRole(staff, "MEDIATOR")).hasSize(2)
					.allSatisfy(s -> assertThat(s.departmentCode()).isEqualTo(town + "-JUDICIAL_OFFICE"));
			assertThat(TestData.withRole(staff, "COMMUNITY_POLICE")).hasSize(villages)
					.allSatisfy(s -> assertThat(s.departmentCode()).isEqualTo(town + "-POLICE_STATION"));
			assertThat(TestData.withRole(staff, "LEGAL_ADVISOR")).hasSize(villages)
					.allSatisfy(s -> assertThat(s.departmentCode()).isEqualTo(town + "-JUDICIAL_OFFICE"));
		}
	}

	@Test
	@DisplayName("安国镇 has 88 mass-defense members and 137 security household heads in every village, 荷叶乡 68 volunteers")
	void towns_have_their_field_forces() {
		List<DemoStaff> oneGrid = TestData.staff(TestData.ONE_GRID_TOWN);
		assertThat(TestData.withRole(oneGrid, "MASS_DEFENSE_MEMBER")).hasSize(88)
				.extracting(DemoStaff::regionCode).containsAll(codes(TestData.villages(TestData.ONE_GRID_TOWN)));
		assertThat(TestData.withRole(oneGrid, "SECURITY_HOUSEHOLD_HEAD")).hasSize(137)
				.extracting(DemoStaff::regionCode).containsAll(codes(TestData.villages(TestData.ONE_GRID_TOWN)));
		assertThat(TestData.withRole(TestData.staff(TestData.VOLUNTEER_TOWN), "VOLUNTEER")).hasSize(68)
				.extracting(DemoStaff::regionCode).containsAll(codes(TestData.villages(TestData.VOLUNTEER_TOWN)));
		assertThat(TestData.withRole(DATA.staff(), "VOLUNTEER")).hasSize(68);
	}

	@Test
	@DisplayName("names are Chinese and unique, keys unique, phones valid unique mobiles, roles from the glossary")
	void people_have_real_looking_unique_names_and_phones() {
		assertThat(DATA.staff()).allSatisfy(s -> {
			assertThat(s.name()).matches("\\p{IsHan}{2,4}");
			assertThat(s.phone()).matches("1[3-9]\\d{9}");
			assertThat(s.gender()).isIn("MALE", "FEMALE");
			assertThat(s.fieldRoles()).allMatch(FIELD_ROLES::contains);
		});
		assertThat(DATA.staff()).extracting(DemoStaff::key).doesNotHaveDuplicates();
		assertThat(DATA.staff()).extracting(DemoStaff::name).doesNotHaveDuplicates();
		assertThat(DATA.staff()).extracting(DemoStaff::phone).doesNotHaveDuplicates();
		assertThat(DATA.staff()).extracting(DemoStaff::gender).contains("MALE", "FEMALE");
	}

	@Test
	@DisplayName("every staff member points at an existing department, region and grids of their own village")
	void every_staff_member_refers_to_existing_departments_regions_and_grids() {
		Map<String, DemoGrid> grids = new TreeMap<>();
		DATA.grids().forEach(g -> grids.put(g.code(), g));
		List<String> departments = DATA.departments().stream().map(DemoDepartment::code).toList();
		List<String> regions = codes(DATA.regions());
		assertThat(DATA.staff()).allSatisfy(s -> {
			assertThat(departments).contains(s.departmentCode());
			assertThat(regions).contains(s.regionCode());
			assertThat(s.gridCodes()).allSatisfy(code -> assertThat(grids.get(code).regionCode()).isEqualTo(s.regionCode()));
		});
	}

	private static List<String> codes(List<DemoRegion> regions) {
		return regions.stream().map(DemoRegion::code).toList();
	}
}
