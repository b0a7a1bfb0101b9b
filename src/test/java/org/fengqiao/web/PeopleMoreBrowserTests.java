package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fengqiao.people.special.SpecialFixtures;
import org.fengqiao.platform.IdNumbers;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;

/**
 * The people features of issue 13 in the browser: the grid member's households on the phone (members masked), a
 * special-population file opened through its form and the files list exported, a leader unmasking a file (audited).
 */
class PeopleMoreBrowserTests extends BrowserTest {

	private static final String LIUYI = "610722101213";
	private static final String LIUYI_GRID = "61072210121300101";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void a_grid_member_opens_my_grid_on_the_phone_and_sees_a_households_members_masked() {
		String address = "测试巷" + (System.nanoTime() % 100_000) + "号";
		long household = api.post("/api/households", Map.of("regionCode", LIUYI, "gridCode", LIUYI_GRID, "address", address),
				"desk.longtou").expect(201).field("id").asLong();
		String first17 = "11010119850315" + String.format("%03d", System.nanoTime() % 1000);
		String idNumber = first17 + IdNumbers.checkCharacter(first17);
		Map<String, Object> head = new HashMap<>(Map.of("name", "柳树根", "idNumber", idNumber, "phone", "13912342345",
				"householdId", household, "relation", "户主"));
		long headId = api.post("/api/residents", head, "desk.longtou").expect(201).field("id").asLong();
		api.put("/api/households/" + household, Map.of("address", address, "headId", headId), "desk.longtou").expect(200);

		resize(390, 844);
		logIn("grid.liuyi", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/phone"));
		page.locator("#tab-grid").click();
		Locator row = page.locator("[data-test=household-row]").filter(new Locator.FilterOptions().setHasText(address));
		assertThat(row).containsText("柳树根");
		assertThat(row).containsText("1 人");
		BoundingBox box = row.boundingBox();
		assertThat(box.height).isGreaterThanOrEqualTo(48);
		assertThat(box.width).isGreaterThan(300);
		row.click();

		Locator member = page.locator("[data-test=household-members] [data-test=member]").first();
		assertThat(member).containsText("柳树根");
		assertThat(member.locator("[data-test=member-id]"))
			.hasText(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
		assertThat(member.locator("[data-test=member-phone]")).hasText("139****2345");
		assertThat(page.content()).doesNotContain(idNumber).doesNotContain("13912342345");
		screenshot("my-grid-households");
	}

	@Test
	void the_desk_opens_a_file_for_a_resident_through_the_form_and_exports_the_files_list_masked() throws Exception {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);
		String name = jdbc.sql("SELECT name FROM residents WHERE id = :id").param("id", resident).query(String.class).single();

		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/workbench"));
		for (String list : List.of("/people/residents", "/people/households")) { // every list the desk sees exports
			page.navigate(url(list));
			assertThat(page.locator("[data-test=export]")).isVisible();
		}
		page.navigate(url("/special-populations"));
		assertThat(page.locator("[data-test=export]")).isVisible();
		page.locator("[data-test=new-file]").click();
		assertThat(page).hasURL(url("/special-populations/new"));
		page.locator("[data-test=resident-select] input").fill(name);
		page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText(name)).click();
		page.locator("[data-test=category-select]").click();
		page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText("重点信访人员")).click();
		page.locator("[data-test=field-petitionMatter] input").fill("征地补偿");
		page.locator("[data-test=key-switch]").click();
		page.locator("[data-test=team-gridMember-name]").fill("曾小明");
		page.locator("[data-test=team-gridMember-username]").fill("grid.liuyi");
		screenshot("file-form");
		page.locator("[data-test=save-file]").click();

		assertThat(page.locator("[data-test=special-file]")).containsText(name);
		assertThat(page.locator("[data-test=fields]")).containsText("征地补偿");
		String id = page.url().replaceAll(".*/special-populations/(\\d+).*", "$1");
		assertThat(api.get("/api/special-populations/" + id, "leader.longtou").expect(200).field("key").asBoolean()).isTrue();

		page.navigate(url("/special-populations?category=07&key=true"));
		Download download = page.waitForDownload(() -> page.locator("[data-test=export]").click());
		List<Row> rows;
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(download.path())))) {
			rows = wb.getFirstSheet().read();
		}
		Row mine = rows.stream().filter(r -> name.equals(r.getCellText(0))).findFirst().orElseThrow();
		assertThat(mine.getCellText(1)).matches("610722\\*{8}\\d{3}[\\dX]");
		assertThat(mine.getCellText(2)).isEqualTo("139****1234");
		assertThat(mine.getCellText(3)).isEqualTo("重点信访人员");
		assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.getCellText(3)).isEqualTo("重点信访人员"));
	}

	@Test
	void a_leader_unmasks_a_files_person_and_the_look_is_audited() {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);
		long file = SpecialFixtures.createFile(api, resident, "07", Map.of("petitionMatter", "宅基地界址"), false);
		String clear = api.get("/api/residents/" + resident + "/unmasked", "leader.longtou").expect(200).text("idNumber");

		logIn("leader.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/dashboard"));
		page.navigate(url("/special-populations/" + file));
		assertThat(page.locator("[data-test=file-numbers]")).containsText("********");
		page.locator("[data-test=file-unmask]").click();

		assertThat(page.locator("[data-test=file-numbers]")).containsText(clear);
		assertThat(page.locator("[data-test=file-numbers]")).containsText("13900001234");
		screenshot("unmasked");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE record_type = 'special-population' AND record_id = :id "
				+ "AND action = 'UNMASK' AND actor = 'leader.longtou'").param("id", String.valueOf(file)).query(Long.class)
			.single()).isEqualTo(1);
	}
}
