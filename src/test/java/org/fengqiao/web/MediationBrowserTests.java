package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.Map;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;

import tools.jackson.databind.JsonNode;

/** The dispute file on the case page, its agreement printed on A4 with every art. 29 element, the committees roster. */
class MediationBrowserTests extends BrowserTest {

	@Test
	void the_desk_prints_a_disputes_agreement_on_a4_with_every_element_article_29_requires() {
		// a closed demo dispute settled by agreement (other tests close disputes of their own without one)
		String number = api.get("/api/cases?kind=DISPUTE&status=CLOSED&size=100", "desk.longtou").expect(200)
			.array("items").valueStream().map(c -> c.path("number").asString())
			.filter(n -> api.get("/api/cases/" + n + "/agreement", "desk.longtou").status() == 200).findFirst()
			.orElseThrow();
		JsonNode agreement = api.get("/api/cases/" + number + "/agreement", "desk.longtou").expect(200).body();
		JsonNode parties = api.get("/api/cases/" + number + "/parties", "desk.longtou").expect(200).body();
		assertThat(parties.size()).isEqualTo(2);
		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=user-menu]")).isVisible();

		page.navigate(url("/cases/" + number));
		assertThat(page.locator("[data-test=parties] .el-table__row")).hasCount(2);
		assertThat(page.locator("[data-test=agreement-number]")).hasText(agreement.path("number").asString());
		screenshot("dispute-file");
		page.locator("[data-test=print-agreement]").click();
		assertThat(page).hasURL(url("/cases/" + number + "/agreement/print"));

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator("[data-test=print-committee]")).hasText(agreement.path("committee").path("name").asString());
		assertThat(page.locator("[data-test=print-agreement-number]")).hasText(agreement.path("number").asString());
		assertThat(page.locator("[data-test=print-party]")).hasCount(2);
		for (JsonNode p : parties) {
			assertThat(page.locator("[data-test=print-parties]")).containsText(p.path("name").asString());
			assertThat(page.locator("[data-test=print-parties]")).containsText(p.path("occupation").asString());
			assertThat(page.locator("[data-test=print-parties]")).containsText(p.path("birthDate").asString());
		}
		assertThat(page.locator("[data-test=print-parties]")).containsText("汉族");
		assertThat(page.locator("[data-test=print-facts]")).hasText(agreement.path("facts").asString());
		assertThat(page.locator("[data-test=print-responsibilities]")).hasText(agreement.path("responsibilities").asString());
		assertThat(page.locator("[data-test=print-terms]")).hasText(agreement.path("terms").asString());
		assertThat(page.locator("[data-test=print-performance]")).containsText(agreement.path("performBy").asString());
		assertThat(page.locator("[data-test=print-copies]")).hasText("本协议一式3份，当事人、人民调解委员会各执一份。");
		assertThat(page.locator("[data-test=print-party-sign]")).hasCount(2);
		assertThat(page.locator("[data-test=print-mediator-sign]")).hasCount(agreement.path("mediators").size());
		assertThat(page.locator("[data-test=print-seal]")).hasText("人民调解委员会（印）");
		assertThat(page.locator("[data-test=print-date]")).containsText(agreement.path("signedOn").asString());
		assertThat(page.locator(".el-menu")).hasCount(0);
		screenshot("agreement-print");
		byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4")
			.setPath(Paths.get("target", "screenshots", getClass().getSimpleName() + "-agreement.pdf")));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	@Test
	void a_cadre_adds_an_organisation_as_a_party_and_sees_the_field_errors_next_to_the_fields_first() {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("kind", "DISPUTE");
		body.put("category", "DISPUTE_DEBT_CONTRACT");
		body.put("channel", "VISIT");
		body.put("title", "东沟村村民与合作社合同纠纷");
		body.put("description", "合作社拖欠土地流转费。");
		body.put("reporter", Map.of("name", "王某", "phone", "13912342345"));
		body.put("location", Map.of("regionCode", "620802104204", "address", "东沟村"));
		String number = api.post("/api/cases", body, "desk.anguo").expect(201).text("number");
		logIn("desk.anguo", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=user-menu]")).isVisible();

		page.navigate(url("/cases/" + number));
		page.locator("[data-test=add-party]").click();
		page.locator("[data-test=party-kind] label").nth(1).click();
		page.locator("[data-test=save-party]").click();
		assertThat(page.locator(".el-form-item__error").first()).hasText("必填。");
		page.locator("[data-test=party-name]").fill("东沟村股份经济合作社");
		page.locator("[data-test=party-address]").fill("东沟村一组");
		page.locator("[data-test=party-legal]").fill("王建国");
		page.locator("[data-test=save-party]").click();
		assertThat(page.locator("[data-test=parties] .el-table__row")).hasCount(1);
		assertThat(page.locator("[data-test=parties]")).containsText("东沟村股份经济合作社");
		screenshot("party-added");

		page.navigate(url("/mediation/committees"));
		assertThat(page.locator("[data-test=committees]")).containsText("东沟村人民调解委员会");
		assertThat(page.locator("[data-test=committees]")).containsText("五老乡贤");
		screenshot("committees");
	}
}
