package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;


import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

/**
 * The desk's intake and dispatch and the station's handling as a click path (issue 12 §2, §3): every step through
 * the buttons the case file shows.
 */
class DeskIntakeBrowserTests extends BrowserTest {

	private static final Pattern CASE_PAGE = Pattern.compile(".*/cases/(610722101-\\d{4}-\\d{6})$");

	private static final String PHONE = "13709170417";

	/** An open case of this reporter, taken in through the API: the likely repeat the form must show. */
	private String existingCase() {
		Map<String, Object> body = new HashMap<>();
		body.put("kind", "APPEAL");
		body.put("category", "APPEAL_ENVIRONMENT_GARBAGE");
		body.put("channel", "PHONE");
		body.put("title", "六一村三组垃圾无人清运");
		body.put("description", "三组路口垃圾堆放多日无人清运。");
		body.put("reporter", Map.of("name", "王某", "phone", PHONE));
		body.put("location", Map.of("regionCode", "610722101213"));
		return api.post("/api/cases", body, "desk.longtou").expect(201).text("number");
	}

	private void choose(String select, String option) {
		page.locator(select).click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(option)).first().click();
		// until this list has faded out, its options would match the next choice's
		assertThat(page.locator(".el-select-dropdown:visible")).hasCount(0);
	}

	private void switchUser(String username) {
		page.evaluate("localStorage.removeItem('fengqiao.session')");
		logIn(username, Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=demo-mark]")).isVisible();
	}

	/** Clicks the case file's button for the action, lets the dialog fill itself in, sends it and waits for the status. */
	private void act(String action, Runnable fill, String status) {
		page.locator("[data-action=" + action + "]").click();
		assertThat(page.locator("[data-test=action-form]")).isVisible();
		fill.run();
		page.locator("[data-test=action-submit]").click();
		assertThat(page.locator("[data-test=action-form]")).isHidden();
		assertThat(page.locator("[data-test=case-file] .meta")).containsText(status);
	}


	@Test
	void the_desk_takes_in_a_phone_appeal_sees_the_repeat_dispatches_and_the_case_runs_to_closed() {
		String earlier = existingCase();

		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/workbench"));
		assertThat(page.locator("[data-test=queue-toDispatch] [data-test=queue-count]")).hasText(Pattern.compile("\\d+\\+?"));
		screenshot("workbench");
		page.locator("[data-test=new-intake]").click();
		assertThat(page).hasURL(url("/intake"));

		choose("[data-test=intake-channel]", "电话");
		choose("[data-test=intake-kind]", "矛盾纠纷");
		page.locator("[data-test=intake-form] .el-cascader").click();
		page.locator(".el-cascader-node:visible").filter(new Locator.FilterOptions().setHasText("邻里纠纷")).click();
		page.locator(".el-cascader-node:visible").filter(new Locator.FilterOptions().setHasText("噪音扰民纠纷")).click();
		page.locator("input[name=title]").fill("六一村楼上夜间装修噪音");
		page.locator("textarea[name=description]").fill("来电反映楼上住户连续多晚装修到深夜，协商无果。");
		choose("[data-test=intake-village]", "六一村");
		assertThat(page.locator("[data-test=intake-grid] input")).isEnabled();
		choose("[data-test=intake-grid]", "六一村");
		page.locator("input[name=reporterName]").fill("王某");
		page.locator("input[name=reporterPhone]").fill(PHONE);

		// the likely repeat before saving: the earlier case of the same phone, with a link
		page.locator("[data-test=intake-check]").click();
		Locator repeat = page.locator("[data-test=repeat]").filter(new Locator.FilterOptions().setHasText(earlier));
		assertThat(repeat).containsText("同一手机号");
		assertThat(repeat.locator("a")).hasAttribute("href", "/cases/" + earlier);
		screenshot("intake-repeat");

		page.locator("[data-test=intake-save]").click();
		assertThat(page).hasURL(CASE_PAGE);
		String number = CASE_PAGE.matcher(page.url()).replaceFirst("$1");
		assertThat(number).isNotEqualTo(earlier);
		assertThat(page.locator("[data-test=case-file]")).containsText("六一村楼上夜间装修噪音");

		// dispatch: the routing rule's lead unit and co-unit already chosen
		act("dispatch", () -> {
			assertThat(page.locator("[data-test=routing-suggestion]")).containsText("龙头司法所");
			assertThat(page.locator("[data-test=action-form]")).containsText("龙头派出所");
			screenshot("dispatch");
		}, "已派单");

		switchUser("judicial.longtou");
		page.navigate(url("/cases/" + number));
		act("accept", () -> { }, "已签收");

		switchUser("police.longtou");
		page.navigate(url("/cases/" + number));
		act("report", () -> page.locator("[data-test=action-form] textarea").first().fill("已上门告知装修时间规定。"), "已签收");

		switchUser("judicial.longtou");
		page.navigate(url("/cases/" + number));
		act("resolve", () -> {
			page.locator("[data-test=action-form] textarea").first().fill("双方达成协议：晚八点后不再施工。");
			page.locator("[data-test=action-form] input[type=file]")
				.setInputFiles(new FilePayload("agreement.png", "image/png", photo(0x2e7d32)));
			assertThat(page.locator("[data-test=action-form] .el-upload-list__item.is-success")).hasCount(1);
		}, "已办结");

		switchUser("desk.longtou");
		page.navigate(url("/cases/" + number));
		act("feedback", () -> {
			choose("[data-test=action-form] .el-select", "电话");
			page.locator("[data-test=action-form] textarea").first().fill("已电话告知反映人办理结果。");
		}, "已反馈");
		act("visit", () -> choose("[data-test=action-form] .el-select", "非常满意"), "已回访");
		act("close", () -> { }, "已结案");

		List<String> steps = new ArrayList<>(page.locator("[data-test=timeline-entry]").allTextContents());
		assertThat(String.join("\n", steps)).contains("受理", "派单", "签收", "协办反馈", "办结", "反馈", "回访", "结案");
		assertThat(page.locator("[data-action]")).hasCount(page.locator("[data-action=reopen]").count());
		screenshot("closed");
	}

	@Test
	void on_a_390_px_screen_an_invalid_id_number_shows_its_message_next_to_the_field_and_nothing_is_sent() {
		resize(390, 844);
		List<String> sent = new ArrayList<>();
		page.onRequest(r -> {
			if ("POST".equals(r.method())) {
				sent.add(r.url());
			}
		});
		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=new-intake]")).isVisible();
		page.locator("[data-test=new-intake]").click();
		page.locator("input[name=title]").fill("身份证号校验");
		page.locator("input[name=reporterName]").fill("李某");
		page.locator("input[name=reporterIdNumber]").fill("610722199001011234");
		sent.clear();
		page.locator("[data-test=intake-save]").click();

		Locator field = page.locator(".el-form-item").filter(new Locator.FilterOptions()
			.setHas(page.locator("input[name=reporterIdNumber]")));
		assertThat(field.locator(".el-form-item__error")).hasText("身份证号码不正确（校验位不符）");
		page.locator("[data-test=intake-check]").click();
		assertThat(field.locator(".el-form-item__error")).isVisible();
		assertThat(sent).as("requests sent with an invalid ID number").isEmpty();
		assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
			.as("the intake form fits 390 px without scrolling sideways").isTrue();
		screenshot("intake-invalid-id");
	}
}
