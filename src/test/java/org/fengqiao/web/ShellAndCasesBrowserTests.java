package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

class ShellAndCasesBrowserTests extends BrowserTest {

	private static final Pattern CASE_PAGE = Pattern.compile(".*/cases/\\d{6,9}-\\d{4}-\\d{6}$");

	private void openAllCases() {
		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("全部事件")).click();
		// a full first page: the demo set holds hundreds of cases in these users' scopes
		assertThat(page.locator("[data-test=case-link]")).hasCount(20);
	}

	/** The elements that stick out to the right of the window (none when the page needs no sideways scroll). */
	private String sticksOut() {
		return (String) page.evaluate("""
				() => document.documentElement.scrollWidth <= window.innerWidth ? '' :
				  [...document.querySelectorAll('body *')]
				    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
				    .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
				    .join(', ') || 'scrollWidth ' + document.documentElement.scrollWidth""");
	}

	@Test
	void a_desk_clerk_logs_in_sees_the_queue_opens_a_case_and_reads_its_timeline() {
		page.navigate(url("/"));
		assertThat(page).hasURL(Pattern.compile(".*/login\\?redirect=.*"));
		assertThat(page.locator("[data-test=demo-notice]")).containsText("演示数据");
		screenshot("login");

		// a demo account fills the form when clicked
		page.locator("[data-test=demo-account]").filter(new Locator.FilterOptions().setHasText("desk.longtou")).click();
		assertThat(page.locator("input[name=password]")).hasValue(Api.DEMO_PASSWORD);
		page.locator("[data-test=login]").click();
		assertThat(page.locator("[data-test=demo-mark]")).hasText("演示数据");
		openAllCases();
		assertThat(page.locator(".page-title")).hasText("全部事件");
		screenshot("queue");

		String number = page.locator("[data-test=case-link]").first().textContent().trim();
		page.locator("[data-test=case-link]").first().click();
		assertThat(page).hasURL(url("/cases/" + number));
		assertThat(page.locator("[data-test=case-file]")).containsText(number);
		assertThat(page.locator("[data-test=case-fields]")).containsText("来源渠道");
		Locator events = page.locator("[data-test=timeline-entry]");
		assertThat(events.last()).containsText("受理");
		screenshot("case");
	}

	@Test
	void on_a_390_by_844_phone_the_queue_and_a_case_fit_without_scrolling_sideways() {
		resize(390, 844);
		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=demo-mark]")).isVisible();
		page.locator(".menu-button").click();
		page.locator(".el-drawer .el-menu-item").filter(new Locator.FilterOptions().setHasText("全部事件")).click();
		assertThat(page.locator("[data-test=case-link]")).hasCount(20);
		assertThat(sticksOut()).as("what sticks out of the queue at 390 px").isEmpty();
		screenshot("queue");

		page.locator("[data-test=case-link]").first().click();
		assertThat(page.locator("[data-test=timeline-entry]").first()).isVisible();
		assertThat(page).hasURL(CASE_PAGE);
		assertThat(sticksOut()).as("what sticks out of the case file at 390 px").isEmpty();
		screenshot("case");
	}

	@Test
	void the_english_switch_shows_english_labels_and_the_servers_english_errors() {
		page.navigate(url("/login"));
		page.locator("[data-test=locale-switch]").click();
		assertThat(page.locator("[data-test=login]")).hasText("Log in");
		assertThat(page.locator("form")).containsText("User name");

		page.locator("input[name=username]").fill("no.such.user");
		page.locator("input[name=password]").fill("wrong-password");
		page.locator("[data-test=login]").click();
		assertThat(page.locator(".el-message")).containsText("Wrong user name or password.");
		screenshot("login-error");

		page.locator("input[name=username]").fill("desk.longtou");
		page.locator("input[name=password]").fill(Api.DEMO_PASSWORD);
		page.locator("[data-test=login]").click();
		assertThat(page.locator("[data-test=demo-mark]")).hasText("Demo data");
		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("All cases")).click();
		assertThat(page.locator(".page-title")).hasText("All cases");
		assertThat(page.locator("[data-test=case-link]")).hasCount(20);
		assertThat(page.locator("[data-test=case-table]")).containsText("Received");
		screenshot("queue");
	}

	@Test
	void a_wrong_password_shows_the_servers_message_and_stays_on_the_login_page() {
		logIn("cadre.donggou", "not-the-password");
		assertThat(page.locator(".el-message")).containsText("用户名或密码错误");
		assertThat(page).hasURL(url("/login"));
		screenshot("login-error");
	}

	@Test
	void an_ended_session_goes_back_to_login_and_returns_to_the_page_it_was_on() {
		page.navigate(url("/login"));
		page.evaluate("localStorage.setItem('fengqiao.session', JSON.stringify({token: 'expired',"
				+ " user: {username: 'desk.longtou', displayName: 'x', roles: ['CENTER_STAFF'], scope: {}}}))");
		page.navigate(url("/cases?status=CLOSED"));
		assertThat(page).hasURL(Pattern.compile(".*/login\\?redirect=/cases\\?status=CLOSED$"));
		screenshot("login-after-401");

		page.locator("input[name=username]").fill("desk.longtou");
		page.locator("input[name=password]").fill(Api.DEMO_PASSWORD);
		page.locator("[data-test=login]").click();
		assertThat(page).hasURL(url("/cases?status=CLOSED"));
		assertThat(page.locator(".page-title")).hasText("已结案");
	}

	@Test
	void a_county_viewer_sees_no_write_button_on_a_case() {
		logIn("county.chenggu", Api.DEMO_PASSWORD);
		openAllCases();
		page.locator("[data-test=case-link]").first().click();
		assertThat(page.locator("[data-test=timeline-entry]").first()).isVisible();
		assertThat(page.locator("[data-test=case-actions]")).hasCount(0);
		assertThat(page.locator("[data-action]")).hasCount(0);
		screenshot("case");
	}

	@Test
	void a_case_outside_the_users_scope_shows_the_not_found_page_and_not_the_case() {
		Api.Response liuyi = api.get("/api/cases?region=610722101213&size=1", "desk.longtou").expect(200);
		String number = liuyi.array("items").get(0).get("number").asString();
		String title = liuyi.array("items").get(0).get("title").asString();

		logIn("grid.wuai", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=demo-mark]")).isVisible();
		page.navigate(url("/cases/" + number));
		assertThat(page.locator("[data-test=not-found]")).containsText("页面不存在");
		assertThat(page.locator("body")).not().containsText(title);
		screenshot("not-found");
	}
}
