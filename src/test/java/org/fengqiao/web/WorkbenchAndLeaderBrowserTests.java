package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;

import tools.jackson.databind.JsonNode;

/** The desk's workbench and the center leader's supervise and approval flows, in real Chromium. */
class WorkbenchAndLeaderBrowserTests extends BrowserTest {

	private static final String JUDICIAL = "610722101000-JUDICIAL_OFFICE";

	@Test
	void the_desks_workbench_shows_the_servers_counts_and_todays_duty_leader_and_the_overdue_card_opens_its_list() {
		JsonNode counts = api.get("/api/cases/counts", "desk.longtou").expect(200).body();
		String leader = api.get("/api/duty", "desk.longtou").expect(200).array("leaders").get(0).path("name").asString();

		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/workbench"));
		for (String card : List.of("toDispatch", "warning", "overdue", "toVisit")) {
			assertThat(page.locator("[data-test=card-" + card + "] [data-test=card-count]"))
				.hasText(String.valueOf(counts.path(card).asLong()));
		}
		assertThat(page.locator("[data-test=duty-leader]")).containsText(leader);
		assertThat(page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("待派单"))
			.locator("[data-test=menu-count]")).hasText(String.valueOf(counts.path("toDispatch").asLong()));
		assertThat(page.locator("[data-test=queue-overdue] [data-test=queue-case]").first()).isVisible();
		screenshot("workbench");

		long overdue = counts.path("overdue").asLong();
		assertThat(overdue).isPositive();
		page.locator("[data-test=card-overdue]").click();
		assertThat(page).hasURL(url("/cases?queue=overdue"));
		assertThat(page.locator(".page-title")).hasText("超期");
		assertThat(page.locator("[data-test=case-link]")).hasCount((int) Math.min(20, overdue));
		assertThat(page.locator(".pager")).containsText(String.valueOf(overdue));
		assertThat(page.locator("[data-test=case-table] tbody tr.row-overdue")).hasCount((int) Math.min(20, overdue));
		screenshot("overdue-list");
	}

	@Test
	void the_leader_in_english_supervises_an_overdue_case_and_approves_an_extension_found_under_approvals() {
		String extended = api.post("/api/cases", Map.of("kind", "DISPUTE", "category", "DISPUTE_HOUSING_HOMESTEAD",
				"channel", "VISIT", "title", "延期审批测试", "description", "宅基地边界纠纷，需测量。",
				"reporter", Map.of("name", "张某", "phone", "13912342345"),
				"location", Map.of("regionCode", "610722101213", "gridCode", "61072210121300101", "address", "六一村五组")),
				"desk.longtou")
			.expect(201).text("number");
		api.post("/api/cases/" + extended + "/dispatch", Map.of("leadUnit", JUDICIAL), "desk.longtou").expect(200);
		api.post("/api/cases/" + extended + "/accept", Map.of(), "judicial.longtou").expect(200);
		api.post("/api/cases/" + extended + "/extend", Map.of("days", 5, "reason", "需等待测量结果"), "judicial.longtou")
			.expect(200);

		page.navigate(url("/login"));
		page.locator("[data-test=locale-switch]").click();
		page.locator("input[name=username]").fill("leader.longtou");
		page.locator("input[name=password]").fill(Api.DEMO_PASSWORD);
		page.locator("[data-test=login]").click();
		assertThat(page).hasURL(url("/dashboard"));

		// an overdue case from the dashboard's overdue list, supervised from its case file
		Locator row = page.locator("[data-test=overdue-list] tr")
			.filter(new Locator.FilterOptions().setHas(page.locator("[data-action=supervise]"))).first();
		String number = row.locator("[data-test=overdue-case]").textContent().trim();
		row.locator("[data-test=overdue-case]").click();
		assertThat(page).hasURL(url("/cases/" + number));
		page.locator("[data-test=case-actions] [data-action=supervise]").click();
		Locator form = page.locator("[data-test=action-form]");
		assertThat(page.locator(".el-dialog__title")).hasText("Supervise");
		assertThat(form).containsText("Level");
		assertThat(form).containsText("Comment");
		form.locator(".el-select").click();
		page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText("Key")).click();
		String comment = "Finish this week " + number;
		form.locator("textarea").fill(comment);

		// a client that leaves the level out gets the server's English field error next to the field
		page.route("**/api/cases/" + number + "/supervise", r -> r.resume(new Route.ResumeOptions()
			.setPostData("{\"comment\":\"" + comment + "\"}")));
		page.locator("[data-test=action-submit]").click();
		assertThat(form.locator(".el-form-item__error")).hasText("Required.");
		screenshot("supervise-api-error");
		page.unroute("**/api/cases/" + number + "/supervise");
		page.locator("[data-test=action-submit]").click();
		assertThat(page.locator(".el-message--success").last()).hasText("Done");
		assertThat(page.locator("[data-test=timeline-entry]").filter(new Locator.FilterOptions().setHasText(comment)))
			.containsText("Supervised");
		screenshot("supervised");

		// the pending extension under Approvals, decided from its case file
		Locator approvals = page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("Approvals"));
		assertThat(approvals.locator("[data-test=menu-count]")).hasText(Pattern.compile("[1-9]\\d*"));
		approvals.click();
		assertThat(page.locator(".page-title")).hasText("Approvals");
		page.locator("[data-test=case-link]").filter(new Locator.FilterOptions().setHasText(extended)).click();
		assertThat(page).hasURL(url("/cases/" + extended));
		page.locator("[data-test=case-actions] [data-action=approve-extension]").click();
		assertThat(page.locator(".el-dialog__title")).hasText("Decide extension");
		page.locator("[data-test=action-submit]").click();
		assertThat(page.locator(".el-message--success").last()).hasText("Done");
		assertThat(page.locator("[data-test=case-actions] [data-action=approve-extension]")).hasCount(0);
		screenshot("approved");
		assertThat(api.get("/api/cases?extensionPending=true&size=200", "leader.longtou").expect(200).array("items")
			.valueStream().map(c -> c.path("number").asString())).doesNotContain(extended);

		// the workbench names today's duty leader
		String leader = api.get("/api/duty", "leader.longtou").expect(200).array("leaders").get(0).path("name").asString();
		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("Workbench")).click();
		assertThat(page.locator("[data-test=duty-leader]")).containsText("Duty leader today");
		assertThat(page.locator("[data-test=duty-leader]")).containsText(leader);
		screenshot("leader-workbench");

		// the month calendar: the leader makes a day's duty leader the center's staff member it names
		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("Duty roster")).click();
		Locator day = page.locator("[data-test=duty-day][data-date='2026-03-12']");
		assertThat(day.locator(".name")).hasCount(1);
		day.click();
		page.locator("[data-test=duty-form] .el-select").click();
		Locator option = page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText(leader))
			.first();
		option.click();
		page.locator(".el-dialog__title").filter(new Locator.FilterOptions().setHasText("2026-03-12")).click();
		assertThat(page.locator(".el-select-dropdown__item").first()).isHidden();
		page.locator("[data-test=duty-save]").click();
		assertThat(page.locator(".el-message--success").last()).hasText("Duty leader saved");
		assertThat(day).containsText(leader);
		screenshot("duty-calendar");
		assertThat(api.get("/api/duty?date=2026-03-12", "desk.longtou").expect(200).array("leaders").valueStream()
			.map(l -> l.path("name").asString())).contains(leader);
	}
}
