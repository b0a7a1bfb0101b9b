package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * The petition file in the browser (issue 14): the desk names the case-holding leader and records a return visit
 * on a collective petition; the leader reads the register with its grades and prints the written reply and the
 * not-acceptance notice on A4.
 */
class PetitionBrowserTests extends BrowserTest {

	private static final String LIUYI = "610722101213";

	private String petition(String title) {
		String number = api.post("/api/cases", Map.of("kind", "PETITION", "category", "PETITION_LAND", "channel", "VISIT",
				"title", title, "description", "六户村民反映征地补偿款未足额发放。", "reporter",
				Map.of("name", "李四", "phone", "13900003333"), "location", Map.of("regionCode", LIUYI)), "desk.longtou")
			.expect(201).text("number");
		api.put("/api/cases/" + number + "/petition", Map.of("form", "VISIT", "peopleCount", 6, "level", "TOWN"),
				"desk.longtou").expect(200);
		return number;
	}

	private void choose(String field, String option) {
		page.locator(".el-dialog [data-test=field-" + field + "] .el-select__wrapper").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(option)).first()
			.click();
	}

	@Test
	void the_desk_sees_todays_reception_leader_names_the_holding_leader_and_records_a_return_visit() {
		String number = petition("集体访：征地补偿");
		String receptionLeader = api.get("/api/duty?kind=RECEPTION", "desk.longtou").expect(200).array("leaders").get(0)
			.path("name").asString();
		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/workbench"));
		assertThat(page.locator("[data-test=reception-leader-name]")).hasText(receptionLeader);
		page.navigate(url("/cases/" + number));
		Locator file = page.locator("[data-test=petition-file]");
		assertThat(file.locator("[data-test=petition-collective]")).hasText("集体访");

		file.locator("[data-test=petition-hold]").click();
		page.locator(".el-dialog [data-test=field-leader]").fill("张副镇长");
		page.locator(".el-dialog [data-test=field-plan]").fill("一周内召集村组核实补偿标准，逐户答复。");
		page.locator(".el-dialog [data-test=petition-form-submit]").click();
		assertThat(file.locator("[data-test=petition-leader]")).hasText("张副镇长");
		assertThat(file.locator("[data-test=petition-plan]")).hasText("一周内召集村组核实补偿标准，逐户答复。");

		file.locator("[data-test=petition-visit]").click();
		choose("kind", "回访");
		page.locator(".el-dialog [data-test=field-host]").fill("王干事");
		page.locator(".el-dialog [data-test=field-peopleMet]").fill("李四等6人");
		page.locator(".el-dialog [data-test=petition-form-submit]").click();
		assertThat(file.locator("[data-test=petition-visits]")).containsText("回访");
		assertThat(file.locator("[data-test=petition-visits]")).containsText("李四等6人");
		org.assertj.core.api.Assertions.assertThat(api.get("/api/cases/" + number, "desk.longtou").expect(200).text("status"))
			.as("a return visit record does not move the case").isEqualTo("RECEIVED");
		screenshot("file");
	}

	@Test
	void the_leader_reads_the_register_with_its_grades_and_prints_the_written_reply_and_the_not_acceptance_notice() {
		String answered = petition("答复打印测试");
		api.post("/api/cases/" + answered + "/dispatch", Map.of("leadUnit", "610722101000-JUDICIAL_OFFICE"), "desk.longtou")
			.expect(200);
		api.post("/api/cases/" + answered + "/accept", Map.of(), "judicial.longtou").expect(200);
		api.post("/api/cases/" + answered + "/holding/reply", Map.of("text", "经调查核实，补偿款将于本月底前补足发放到户。"),
				"judicial.longtou").expect(200);
		String refused = petition("不予受理打印测试");
		api.post("/api/cases/" + refused + "/not-accept", Map.of("reason", "已进入诉讼程序",
				"notice", "你反映的问题已由人民法院受理，请依法通过诉讼程序解决。"), "desk.longtou").expect(200);

		api.post("/api/petitioners", Map.of("regionCode", LIUYI, "name", "赵红管", "grade", "RED",
				"responsiblePerson", "张副镇长", "informant", "曾小明"), "desk.longtou").expect(201);

		logIn("leader.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/dashboard"));
		page.navigate(url("/petitioners"));
		Locator row = page.locator("[data-test=petitioner-table] tr").filter(new Locator.FilterOptions().setHasText("赵红管"));
		assertThat(row.locator("[data-test=grade-tag]")).hasText("红色");
		screenshot("register");

		page.navigate(url("/cases/" + answered));
		page.locator("[data-test=petition-print-reply]").click();
		assertThat(page.locator("[data-test=print-title]")).hasText("信访事项处理意见书");
		assertThat(page.locator("[data-test=print-center]")).hasText("龙头镇综治中心");
		assertThat(page.locator("[data-test=print-body]")).hasText("经调查核实，补偿款将于本月底前补足发放到户。");
		screenshot("reply");

		page.navigate(url("/cases/" + refused));
		page.locator("[data-test=petition-print-notice]").click();
		assertThat(page.locator("[data-test=print-title]")).hasText("信访事项不予受理告知书");
		assertThat(page.locator("[data-test=petition-print]")).containsText("已进入诉讼程序");
		assertThat(page.locator("[data-test=print-body]")).hasText("你反映的问题已由人民法院受理，请依法通过诉讼程序解决。");
		screenshot("notice");
	}
}
