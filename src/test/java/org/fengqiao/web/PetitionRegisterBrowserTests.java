package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import tools.jackson.databind.JsonNode;

/**
 * The petitioner register's export button and the petition office's register (issue 14), and the leader editing the
 * reception-day roster (带班接访) on the duty page beside the duty roster.
 */
class PetitionRegisterBrowserTests extends BrowserTest {

	private static final String LIUYI = "610722101213";
	private static final String CENTER = "610722101000-GOVERNANCE_CENTER";

	@Test
	void the_leader_exports_the_register_to_a_workbook_and_the_petition_office_reads_it_without_the_export_button()
			throws Exception {
		api.post("/api/petitioners", Map.of("regionCode", LIUYI, "name", "钱导出", "grade", "YELLOW",
				"responsiblePerson", "张副镇长"), "desk.longtou").expect(201);

		logIn("leader.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/dashboard"));
		page.navigate(url("/petitioners"));
		assertThat(page.locator("[data-test=petitioner-table]")).containsText("钱导出");
		Download download = page.waitForDownload(() -> page.locator("[data-test=petitioner-export]").click());
		List<Row> rows;
		try (ReadableWorkbook wb = new ReadableWorkbook(Files.newInputStream(download.path()))) {
			rows = wb.getFirstSheet().read();
		}
		org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(1)).isEqualTo("姓名");
		org.assertj.core.api.Assertions.assertThat(rows).anySatisfy(r -> {
			org.assertj.core.api.Assertions.assertThat(r.getCellText(1)).isEqualTo("钱导出");
			org.assertj.core.api.Assertions.assertThat(r.getCellText(2)).isEqualTo("黄");
		});
		screenshot("leader");

		page.evaluate("localStorage.removeItem('fengqiao.session')");
		logIn("petition.longtou", Api.DEMO_PASSWORD);
		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("信访人名册")).click();
		assertThat(page).hasURL(url("/petitioners"));
		assertThat(page.locator("[data-test=petitioner-table]")).containsText("钱导出");
		assertThat(page.locator("[data-test=petitioner-new]")).isVisible();
		assertThat(page.locator("[data-test=petitioner-export]")).hasCount(0);
		screenshot("petition-office");
	}

	@Test
	void the_leader_sets_a_days_reception_leader_on_the_duty_page_leaving_the_duty_leader_as_it_was() {
		String day = "2026-03-19";
		Api.Response duty = api.get("/api/duty?date=" + day, "leader.longtou").expect(200);
		List<Long> dutyBefore = ids(duty);
		String dutyLeader = duty.array("leaders").get(0).path("name").asString();
		List<JsonNode> others = api.get("/api/staff?department=" + CENTER + "&size=200", "leader.longtou").expect(200)
			.array("items").valueStream().filter(s -> !dutyBefore.contains(s.path("id").asLong())).toList();
		JsonNode first = others.get(0);
		JsonNode added = others.get(1);
		api.put("/api/duty/" + CENTER + "/" + day + "?kind=RECEPTION", Map.of("staffIds", List.of(first.path("id").asLong())),
				"leader.longtou").expect(200);

		logIn("leader.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/dashboard"));
		page.navigate(url("/duty"));
		Locator cell = page.locator("[data-test=duty-day][data-date='" + day + "']");
		assertThat(cell).containsText(dutyLeader);
		page.locator("[data-test=duty-kind-RECEPTION]").click();
		assertThat(cell).containsText(first.path("name").asString()); // the reception roster is shown, not the duty's
		assertThat(cell).not().containsText(dutyLeader);
		cell.click();
		Locator dialog = page.locator(".el-dialog:visible");
		assertThat(dialog).containsText("选择带班接访领导");
		dialog.locator(".el-select__wrapper").click();
		page.locator(".el-select-dropdown__item:visible")
			.filter(new Locator.FilterOptions().setHasText(added.path("name").asString())).first().click();
		dialog.locator(".el-dialog__header").click(); // a multiple select's list stays open over the footer
		assertThat(page.locator(".el-select-dropdown:visible")).hasCount(0);
		dialog.locator("[data-test=duty-save]").click();
		assertThat(page.locator(".el-dialog:visible")).hasCount(0);
		assertThat(cell).containsText(first.path("name").asString());
		assertThat(cell).containsText(added.path("name").asString());
		screenshot("reception");

		org.assertj.core.api.Assertions.assertThat(ids(api.get("/api/duty?kind=RECEPTION&date=" + day, "leader.longtou")
			.expect(200))).containsExactlyInAnyOrder(first.path("id").asLong(), added.path("id").asLong());
		org.assertj.core.api.Assertions.assertThat(ids(api.get("/api/duty?date=" + day, "leader.longtou").expect(200)))
			.isEqualTo(dutyBefore);
		page.locator("[data-test=duty-kind-DUTY]").click();
		assertThat(cell).containsText(dutyLeader);
		assertThat(cell).not().containsText(added.path("name").asString());
	}

	private static List<Long> ids(Api.Response duty) {
		return duty.array("leaders").valueStream().map(n -> n.path("staffId").asLong()).toList();
	}
}
