package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

/** The administrator's screens (issue 12 §8): accounts, passwords, time limits, the division import; none for desk staff. */
class AdministrationBrowserTests extends BrowserTest {

	private void openMenu(String label) {
		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText(label)).click();
	}

	private Locator row(String table, String text) {
		return page.locator("[data-test=" + table + "] .el-table__row").filter(new Locator.FilterOptions().setHasText(text));
	}

	private void fill(String field, String value) {
		page.locator(".el-dialog [data-test=field-" + field + "] input").fill(value);
	}

	@Test
	void an_administrator_creates_disables_and_resets_an_account() {
		String username = "web.clerk" + (System.nanoTime() % 100_000);
		logIn("admin", Api.DEMO_PASSWORD);
		openMenu("用户与角色");
		assertThat(row("user-table", "desk.longtou")).isVisible();
		screenshot("users");

		page.locator("[data-test=user-create]").click();
		fill("username", username);
		fill("password", "Clerk#2026");
		fill("displayName", "测试受理员");
		page.locator(".el-dialog [data-test=field-roles] .el-select__wrapper").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("中心工作人员")).click();
		page.locator(".el-dialog .el-dialog__header").click();
		screenshot("create");
		page.locator("[data-test=record-submit]").click();
		Locator account = row("user-table", username);
		assertThat(account.locator("[data-test=user-state]")).hasText("启用");

		// disabling asks first
		account.locator("[data-test=user-disable]").click();
		assertThat(page.locator(".el-message-box")).containsText("无法登录");
		page.locator(".el-message-box__btns .el-button--primary").click();
		assertThat(account.locator("[data-test=user-state]")).hasText("已停用");
		assertThat(account.locator("[data-test=user-enable]")).isVisible();
		screenshot("disabled");

		// a weak password: the policy's message under the field; then a good one
		account.locator("[data-test=user-password]").click();
		Locator form = page.locator("[data-test=password-form]");
		form.locator("input").fill("weak");
		page.locator("[data-test=password-submit]").click();
		assertThat(form.locator("[data-test=field-password] .el-form-item__error")).containsText("密码至少 8 位");
		screenshot("weak-password");
		form.locator("input").fill("Better#2026");
		page.locator("[data-test=password-submit]").click();
		assertThat(page.locator(".el-message--success").filter(new Locator.FilterOptions().setHasText("密码已重置")))
			.isVisible();
		assertThat(form).isHidden();
		assertThat(api.post("/api/auth/login", Map.of("username", username, "password", "Better#2026"), null).status())
			.as("a disabled account does not log in, even with its new password").isEqualTo(401);
	}

	@Test
	void an_administrator_changes_the_sign_for_hours_of_a_time_limit() {
		long id = api.post("/api/sla-policies", Map.of("kind", "OPINION", "signForHours", 24, "handlingWorkingDays", 15,
				"warningFraction", 0.8, "regionPrefix", "610799"), "admin").expect(201).field("id").asLong();
		logIn("admin", Api.DEMO_PASSWORD);
		openMenu("时限规则");
		Locator policy = row("sla-table", "610799");
		assertThat(policy).containsText("24");
		page.locator("[data-test=sla-edit-" + id + "]").click();
		fill("signForHours", "48");
		page.locator("[data-test=record-submit]").click();
		assertThat(policy.locator("td").nth(4)).hasText("48");
		screenshot("sla");
	}

	@Test
	void an_administrator_imports_divisions_and_sees_the_progress_reach_the_end_with_the_rejected_row() {
		logIn("admin", Api.DEMO_PASSWORD);
		openMenu("导入");
		String csv = """
				code,name,cityCode,provinceCode
				610722,城固县,6107,61
				61072,五位代码,6107,61
				""";
		page.locator("[data-test=import-file]")
			.setInputFiles(new FilePayload("areas.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.locator("[data-test=import-start]").click();
		assertThat(page.locator("[data-test=import-status]")).hasText("已完成");
		assertThat(page.locator("[data-test=import-progress]")).hasAttribute("aria-valuenow", "100");
		assertThat(page.locator("[data-test=import-processed]")).hasText("已处理 2 / 2 行");
		assertThat(page.locator("[data-test=import-accepted]")).hasText("导入 1 行");
		assertThat(page.locator("[data-test=import-rejected]")).hasText("拒绝 1 行");
		Locator rejected = page.locator("[data-test=import-rejections] .el-table__row");
		assertThat(rejected).hasCount(1);
		assertThat(rejected.locator("td").first()).hasText("3");
		assertThat(rejected.locator("td").nth(1)).containsText("61072");
		screenshot("import");

		// an administrator on a phone checks the import: it fits without scrolling sideways
		resize(390, 844);
		assertThat(page.locator("[data-test=import-job]")).isVisible();
		Object scroll = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) scroll).intValue()).as("sideways overflow at 390 px").isLessThanOrEqualTo(0);
		screenshot("import-390");
	}

	@Test
	void desk_staff_have_no_administration_menu_and_the_users_page_shows_the_servers_refusal() {
		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page.locator(".aside .el-menu-item").first()).isVisible();
		assertThat(page.locator(".aside")).not().containsText("用户与角色");
		assertThat(page.locator(".aside")).not().containsText("导入");
		page.navigate(url("/admin/users"));
		assertThat(page.locator("[data-test=forbidden]")).containsText("只有系统管理员可以管理账号");
		assertThat(page.locator("[data-test=user-table]")).hasCount(0);
		screenshot("forbidden");
	}
}
