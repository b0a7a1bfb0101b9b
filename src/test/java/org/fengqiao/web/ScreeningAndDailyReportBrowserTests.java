package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

/**
 * The screening-round board (issue 14 §4) and the daily reports (§9) in the browser: the desk opens a round and
 * reports a village's dispute, a village's zero report shows on the board; a village cadre sends a zero report
 * from the phone and the month grid shows it.
 */
class ScreeningAndDailyReportBrowserTests extends BrowserTest {

	private static final String LIUYI = "610722101213";
	private static final String WUAI = "610722101209";
	private static final String LONGTOU = "610722101000";

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_desk_opens_a_round_reports_a_dispute_for_a_village_and_the_board_shows_who_reported() {
		String dispute = dispute();
		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/workbench"));
		page.navigate(url("/screening"));
		page.locator("[data-test=open-round]").click();
		page.locator("[data-test=round-name]").fill("端午节前矛盾纠纷专项排查");
		page.locator("[data-test=open-round-submit]").click();
		assertThat(page.locator("[data-test=round-title]")).hasText("端午节前矛盾纠纷专项排查");
		assertThat(page.locator("[data-test=status-" + WUAI + "]")).hasText("未到时限");
		long round = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));

		api.post("/api/screening-rounds/" + round + "/reports", Map.of("regionCode", LIUYI, "none", true), "cadre.liuyi")
			.expect(200);
		page.locator("[data-test=report-" + WUAI + "]").click();
		page.locator("[data-test=report-found]").click();
		page.locator("[data-test=report-disputes]").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(dispute)).click();
		page.locator("[data-test=report-note]").fill("已约双方下周调解");
		screenshot("report");
		page.locator("[data-test=report-submit]").click();

		assertThat(page.locator("[data-test=status-" + WUAI + "]")).hasText("已报");
		assertThat(page.locator("[data-test=round-villages]")).containsText(dispute);
		page.reload();
		assertThat(page.locator("[data-test=status-" + LIUYI + "]")).hasText("零报告");
		assertThat(page.locator("[data-test=round-summary]")).containsText("已报 1 · 零报告 1 · 未到时限 12 · 漏报 0");
		screenshot("board");
		Download ledger = page.waitForDownload(() -> page.locator("[data-test=ledger]").click());
		assertThat(ledger.suggestedFilename()).startsWith("排查台账-").endsWith(".xlsx");
	}

	@Test
	void a_village_cadre_sends_a_zero_report_from_the_phone_and_the_month_grid_shows_it() {
		// given: 六一村 has not reported today (other tests on this database may have)
		jdbc.sql("DELETE FROM daily_reports WHERE region_code = :v AND report_date = DATE '2026-03-05'").param("v", LIUYI).update();
		resize(390, 844);
		logIn("cadre.liuyi", Api.DEMO_PASSWORD);
		page.waitForURL(u -> !u.contains("/login"));
		page.navigate(url("/daily-reports"));
		assertThat(page.locator("[data-test=daily-status]")).containsText("未到时限");
		assertThat(page.locator("[data-test=daily-due]")).containsText("17:00");
		screenshot("form");
		page.locator("[data-test=daily-none]").click();
		assertThat(page.locator("[data-test=daily-status]")).containsText("零报告");

		page.navigate(url("/daily-reports/month?month=2026-03"));
		Locator row = page.locator("[data-test=month-row-" + LIUYI + "]");
		assertThat(row).isVisible();
		assertThat(row.locator("td").nth(5)).hasText("○"); // 5 March
		assertThat(row.locator("td").nth(6)).hasText(""); // 6 March: ahead
		screenshot("month");
	}

	@Test
	void the_desk_changes_the_town_deadline_to_half_past_four_and_the_month_page_shows_it_after_a_reload() {
		logIn("desk.longtou", Api.DEMO_PASSWORD);
		page.waitForURL(u -> !u.contains("/login"));
		try {
			page.navigate(url("/daily-reports/month?month=2026-03"));
			assertThat(page.locator(".legend")).containsText("每日截止 17:00");
			chooseDeadline("16:30");
			assertThat(page.locator(".el-message--success")).containsText("截止时间已改为 16:30");
			screenshot("deadline");

			page.reload();
			assertThat(page.locator(".legend")).containsText("每日截止 16:30");
			assertThat(page.locator("[data-test=deadline-picker]")).containsText("16:30");

			chooseDeadline("17:00");
			assertThat(page.locator(".legend")).containsText("每日截止 17:00");
		} finally { // other tests expect 龙头镇's default deadline
			api.put("/api/daily-report-deadlines/" + LONGTOU, Map.of("deadline", "17:00"), "desk.longtou").expect(200);
		}
	}

	private void chooseDeadline(String time) {
		page.locator("[data-test=deadline-picker] .el-select__wrapper").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(time)).click();
		page.locator("[data-test=deadline-save]").click();
	}

	private String dispute() {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "DISPUTE");
		body.put("category", "DISPUTE_HOUSING_HOMESTEAD");
		body.put("channel", "GRID_PATROL");
		body.put("title", "五爱村四组宅基地界址纠纷");
		body.put("description", "两户因院墙位置争执，排查中发现。");
		body.put("reporter", Map.of("name", "王某", "phone", "13912342345"));
		body.put("location", Map.of("regionCode", WUAI, "address", "四组"));
		return api.post("/api/cases", body, "desk.longtou").expect(201).text("number");
	}
}
