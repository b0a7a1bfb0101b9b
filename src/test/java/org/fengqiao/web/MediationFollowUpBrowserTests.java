package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

import tools.jackson.databind.JsonNode;

/**
 * On the dispute file: a referral made and reported back; the agreement's signed scan and its performance check. On
 * the committees page: the roster kept by the town center.
 */
class MediationFollowUpBrowserTests extends BrowserTest {

	private static final String DONGGOU = "620802104204";

	@Test
	void the_desk_refers_a_dispute_to_the_court_and_records_the_courts_report_back_on_the_dispute_file() {
		String number = dispute("东沟村两户宅基地纠纷（移交法院）");
		logIn("desk.anguo", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=user-menu]")).isVisible();

		page.navigate(url("/cases/" + number));
		page.locator("[data-test=add-referral]").click();
		page.locator("[data-test=save-referral]").click();
		assertThat(page.locator(".el-dialog .el-form-item__error").first()).isVisible();
		page.locator("[data-test=referral-body]").fill("金川区人民法院双湾法庭");
		page.locator("[data-test=referral-reason]").fill("双方对宅基地界址分歧较大，调解不成。");
		page.locator("[data-test=save-referral]").click();
		Locator row = page.locator("[data-test=referrals] .el-table__row");
		assertThat(row).hasCount(1);
		assertThat(row).containsText("诉调对接（法院）");
		assertThat(row).containsText("金川区人民法院双湾法庭");
		assertThat(row.locator("[data-test=referral-state]")).hasText("待回复");
		screenshot("referral-made");

		row.locator("[data-test=report-back-button]").click();
		page.locator("[data-test=report-back-result]").fill("法庭已立案受理，诉前调解中。");
		page.locator("[data-test=save-report-back]").click();
		assertThat(row.locator("[data-test=referral-state]")).hasText("已回复");
		assertThat(row.locator("[data-test=report-back]")).containsText("法庭已立案受理，诉前调解中。");
		assertThat(row.locator("[data-test=report-back-button]")).hasCount(0);
		screenshot("referral-reported-back");

		JsonNode referral = api.get("/api/cases/" + number + "/referrals", "desk.anguo").expect(200).body().get(0);
		assertThat(referral.path("target").asString()).isEqualTo("COURT");
		assertThat(referral.path("reportBack").asString()).isEqualTo("法庭已立案受理，诉前调解中。");
	}

	@Test
	void the_desk_uploads_the_signed_agreement_and_records_that_it_was_partly_performed() {
		String number = dispute("东沟村合作社土地流转费纠纷（履行回访）");
		for (String[] p : List.of(new String[] { "APPLICANT", "东沟村股份经济合作社", "王建国" },
				new String[] { "RESPONDENT", "金昌市某农业公司", "李志强" })) {
			api.post("/api/cases/" + number + "/parties", Map.of("role", p[0], "kind", "ORGANISATION", "name", p[1],
					"address", "东沟村一组", "legalRepresentative", p[2]), "desk.anguo").expect(201);
		}
		JsonNode committee = api.get("/api/mediation-committees?region=" + DONGGOU, "desk.anguo").expect(200).body().get(0);
		Map<String, Object> agreement = new HashMap<>();
		agreement.put("committeeId", committee.path("id").asLong());
		agreement.put("facts", "合作社拖欠土地流转费。");
		agreement.put("responsibilities", "公司未按期支付。");
		agreement.put("terms", "公司分两期支付流转费。");
		agreement.put("performanceMethod", "转账支付。");
		agreement.put("performBy", "2026-03-31");
		agreement.put("copies", 3);
		agreement.put("mediatorIds", List.of(committee.path("mediators").get(0).path("id").asLong()));
		agreement.put("signedOn", "2026-03-02");
		api.post("/api/cases/" + number + "/agreement", agreement, "desk.anguo").expect(201);
		logIn("desk.anguo", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=user-menu]")).isVisible();

		page.navigate(url("/cases/" + number));
		assertThat(page.locator("[data-test=agreement-number]")).isVisible();
		page.locator("[data-test=scan-upload] input[type=file]")
			.setInputFiles(new FilePayload("签字协议.png", "image/png", photo(0x1d4ed8)));
		assertThat(page.locator("[data-test=signed-scan]")).hasText("签字协议.png");

		page.locator("[data-test=check-performance]").click();
		page.locator("[data-test=performance-select]").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("部分履行")).click();
		page.locator("[data-test=performance-note]").fill("第一期已支付，第二期约定下月支付。");
		page.locator("[data-test=save-performance]").click();
		assertThat(page.locator("[data-test=performance]")).hasText("部分履行");
		assertThat(page.locator("[data-test=performance-note-text]")).containsText("第一期已支付");
		screenshot("agreement-followed-up");

		JsonNode saved = api.get("/api/cases/" + number + "/agreement", "desk.anguo").expect(200).body();
		assertThat(saved.path("performance").asString()).isEqualTo("PARTLY_PERFORMED");
		assertThat(saved.path("signedScan").path("name").asString()).isEqualTo("签字协议.png");
		assertThat(saved.path("signedScan").path("url").asString()).startsWith("/");
	}

	@Test
	void the_town_center_adds_a_community_elder_to_a_village_committees_roster() {
		logIn("desk.anguo", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=user-menu]")).isVisible();

		page.navigate(url("/mediation/committees"));
		Locator row = page.locator("[data-test=committees] .el-table__row")
			.filter(new Locator.FilterOptions().setHasText("东沟村人民调解委员会"));
		row.locator("[data-test=add-mediator]").click();
		page.locator("[data-test=save-mediator]").click();
		assertThat(page.locator(".el-dialog .el-form-item__error").first()).hasText("不能为空。");
		page.locator("[data-test=mediator-name]").fill("赵德厚");
		page.locator("[data-test=mediator-kind] label").nth(1).click();
		page.locator("[data-test=mediator-title]").fill("退休教师");
		page.locator("[data-test=save-mediator]").click();
		Locator added = row.locator("[data-test=member]").filter(new Locator.FilterOptions().setHasText("赵德厚"));
		assertThat(added).containsText("退休教师");
		assertThat(added).containsText("五老乡贤");
		screenshot("roster-edited");

		JsonNode committee = api.get("/api/mediation-committees?region=" + DONGGOU, "desk.anguo").expect(200).body().get(0);
		assertThat(committee.path("mediators").valueStream()
			.filter(m -> m.path("name").asString().equals("赵德厚"))
			.map(m -> m.path("kind").asString())).containsExactly("COMMUNITY_ELDER");
	}

	private String dispute(String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "DISPUTE");
		body.put("category", "DISPUTE_LAND_CONTRACT");
		body.put("channel", "VISIT");
		body.put("title", title);
		body.put("description", title + "，双方争执不下。");
		body.put("reporter", Map.of("name", "王某", "phone", "13912342345"));
		body.put("location", Map.of("regionCode", DONGGOU, "address", "东沟村"));
		return api.post("/api/cases", body, "desk.anguo").expect(201).text("number");
	}
}
