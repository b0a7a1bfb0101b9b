package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.fengqiao.people.RegisterWorkbooks;
import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

import tools.jackson.databind.JsonNode;

class PeopleImportBrowserTests extends BrowserTest {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void desk_staff_import_a_register_watch_the_progress_finish_and_download_the_rejected_rows() throws Exception {
		JsonNode grids = api.get("/api/grids?region=610722101213&level=2&size=200", "desk.longtou").expect(200)
			.array("items");
		String grid = grids.get(grids.size() - 3).path("code").asText();
		RegisterWorkbooks.Generated register = RegisterWorkbooks.generate(200, 3, "610722101213", grid, true);

		logIn("desk.longtou", Api.DEMO_PASSWORD);
		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("批量登记")).click();
		page.locator("[data-test=import-file]").setInputFiles(new FilePayload("六一村.xlsx", XLSX, register.bytes()));
		page.locator("[data-test=import-start]").click();

		assertThat(page.locator("[data-test=import-status]")).hasText("已完成");
		assertThat(page.locator("[data-test=import-progress]")).hasAttribute("aria-valuenow", "100");
		assertThat(page.locator("[data-test=import-processed]")).hasText("已处理 200 / 200 行");
		assertThat(page.locator("[data-test=import-accepted]")).hasText("导入 198 行");
		assertThat(page.locator("[data-test=import-rejected]")).hasText("拒绝 2 行");
		screenshot("people-import");

		Download download = page.waitForDownload(() -> page.locator("[data-test=import-errors]").click());
		List<Row> rows;
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(download.path())))) {
			rows = wb.getFirstSheet().read();
		}
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).getCellText(14)).isEqualTo("错误原因");
		assertThat(rows.get(1).getCellText(14)).contains(register.bad().get(rows.get(1).getCellAsNumber(15).orElseThrow().intValue()));
		assertThat(rows.get(2).getCellText(14)).contains(register.bad().get(rows.get(2).getCellAsNumber(15).orElseThrow().intValue()));

		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("人口")).first().click();
		assertThat(page.locator("[data-test=residents] .el-table__row").first()).isVisible();
		assertThat(page.locator("[data-test=residents]")).containsText("********");
		screenshot("people-residents");
	}
}
