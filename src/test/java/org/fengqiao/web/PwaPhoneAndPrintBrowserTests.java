package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;
import com.microsoft.playwright.options.Media;

import tools.jackson.databind.JsonNode;

/**
 * Issue 12 §7 and §4: the phone installs as an app where the page is secure ({@code http://localhost} is) and opens
 * offline with its waiting reports and the report form; its other tabs 我的网格 and 我的; the login page's link to
 * the waiting reports; the case file printed on A4.
 */
class PwaPhoneAndPrintBrowserTests extends BrowserTest {

	private static final String VILLAGE = "610722101213";

	private void logInOnThePhone() {
		resize(390, 844);
		BrowserContext context = page.context();
		context.grantPermissions(List.of("geolocation"), new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		context.setGeolocation(new Geolocation(33.1305, 107.2005));
		logIn("grid.liuyi", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/phone"));
		assertThat(page.locator("[data-test=phone-tasks]")).isVisible();
	}

	private Locator option(String text) {
		return page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(text)).first();
	}

	@Test
	void the_phone_installs_as_an_app_and_opens_offline_with_its_waiting_reports_and_the_report_form() {
		logInOnThePhone();
		@SuppressWarnings("unchecked")
		Map<String, Object> manifest = (Map<String, Object>) page.evaluate("fetch('/manifest.webmanifest').then(r => r.json())");
		assertThat(manifest).containsEntry("name", "枫桥综治").containsEntry("display", "standalone");
		assertThat(page.evaluate("fetch('/icon-512.png').then(r => r.status + ' ' + r.headers.get('content-type'))"))
			.isEqualTo("200 image/png");

		// the worker takes over the first visit and keeps the category lists the report form asked for
		page.waitForFunction("navigator.serviceWorker.controller !== null");
		assertThat(page.evaluate("navigator.serviceWorker.ready.then(r => r.active.state)")).isEqualTo("activated");
		page.waitForFunction("caches.open('fengqiao-categories').then(c => c.keys()).then(k => k.length >= 2)");

		// no network, for the page and for the worker (whose requests the context's routes see too)
		List<String> refused = new CopyOnWriteArrayList<>();
		page.context().setOffline(true);
		page.context().route("**/*", route -> {
			if (route.request().url().startsWith(url("/"))) {
				refused.add(route.request().url());
				route.abort("internetdisconnected");
			} else {
				route.fallback(); // to the guard against other hosts
			}
		});

		// a report made without a connection is kept on the phone
		page.locator("#tab-report").click();
		page.locator("[data-test=report-kind] [data-kind=HAZARD]").click();
		page.locator("[data-test=report-category]").click();
		option("私拉乱接电线").click();
		page.locator("[data-test=report-form] input[name=title]").fill("六一村二组路灯线路裸露");
		page.locator("[data-test=report-form] textarea[name=description]").fill("二组路口路灯线路外皮破损，雨天有触电危险。");
		page.locator("[data-test=report-photo]").setInputFiles(new FilePayload("lamp.png", "image/png", photo(0x1d4ed8)));
		assertThat(page.locator("[data-test=report-place]")).hasAttribute("data-state", "found");
		page.locator("[data-test=report-submit]").click();
		assertThat(page.locator("[data-test=offline-report]")).hasCount(1);

		// still offline, the phone page opens again from the worker's cache: shell, waiting report, form, categories
		page.reload();
		assertThat(page.locator("[data-test=phone-page]")).isVisible();
		assertThat(page.locator("[data-test=phone-tabs]")).isVisible();
		Locator waiting = page.locator("[data-test=offline-report]");
		assertThat(waiting).hasCount(1);
		assertThat(waiting).containsText("待发送");
		page.locator("#tab-report").click();
		assertThat(page.locator("[data-test=report-form]")).isVisible();
		page.locator("[data-test=report-category]").click();
		assertThat(option("私拉乱接电线")).isVisible();
		screenshot("offline-reload");
		// what showed came from the worker's cache: its own requests for the page and the lists were refused
		assertThat(refused).contains(url("/phone"));
		assertThat(refused).anyMatch(u -> u.startsWith(url("/api/categories?kind=HAZARD")));
	}

	@Test
	void the_grid_member_sees_his_grid_with_households_open_cases_and_a_map_then_his_profile_and_logs_out() {
		JsonNode me = api.get("/api/auth/me", "grid.liuyi").expect(200).body();
		String grid = me.path("scope").path("grids").get(0).asString();
		JsonNode gridView = api.get("/api/grids/" + grid, "grid.liuyi").expect(200).body();
		long open = 0;
		for (JsonNode load : api.get("/api/stats/grids?region=" + VILLAGE, "grid.liuyi").expect(200).body()) {
			if (load.get("gridCode").asString().startsWith(grid)) {
				open += load.get("open").asLong();
			}
		}
		logInOnThePhone();

		// four bottom tabs a thumb reaches: at the bottom of the screen, at least 48 px high
		for (String tab : List.of("tasks", "report", "grid", "me")) {
			BoundingBox box = page.locator("#tab-" + tab).boundingBox();
			assertThat(box.height).isGreaterThanOrEqualTo(48);
			assertThat(box.y + box.height).isGreaterThan(830);
		}
		assertThat(page.locator("#tab-grid")).hasText("我的网格");

		page.locator("#tab-grid").click();
		Locator card = page.locator("[data-test=my-grid-card]").first();
		assertThat(card).containsText(gridView.get("name").asString());
		assertThat(card.locator("[data-test=my-grid-households]")).hasText(String.valueOf(gridView.get("households").asLong()));
		assertThat(card.locator("[data-test=my-grid-open]")).hasText(String.valueOf(open));
		// the map, on a blank background (no tiles configured), with the grid drawn
		assertThat(page.locator("[data-test=my-grid] .leaflet-container")).isVisible();
		assertThat(page.locator("[data-test=my-grid] path.grid-polygon").first()).isVisible();
		screenshot("my-grid");

		page.locator("#tab-me").click();
		assertThat(page.locator("[data-test=my-name]")).hasText("曾小明");
		assertThat(page.locator("[data-test=my-profile]")).containsText("网格员");
		assertThat(page.locator("[data-test=my-grids]")).containsText(grid);
		page.locator("[data-test=my-password]").click();
		assertThat(page.locator(".el-dialog").filter(new Locator.FilterOptions().setHasText("修改密码"))).isVisible();
		page.keyboard().press("Escape");
		screenshot("me");
		page.locator("[data-test=my-logout]").click();
		assertThat(page).hasURL(url("/login"));

		// the reports waiting on this phone are one tap from the login page, without logging in
		page.locator("[data-test=offline-link]").click();
		assertThat(page).hasURL(url("/offline"));
		assertThat(page.locator("[data-test=offline-page]")).isVisible();
		assertThat(page.locator("[data-test=offline-page]")).containsText("没有待发送的上报");
	}

	@Test
	void the_desk_prints_a_case_file_on_a4_with_its_whole_timeline_and_no_menu_or_buttons() {
		JsonNode closed = api.get("/api/cases?size=1&status=CLOSED", "desk.longtou").expect(200).array("items").get(0);
		String number = closed.get("number").asString();
		int steps = api.get("/api/cases/" + number + "/timeline", "desk.longtou").expect(200).body().size();
		assertThat(steps).isGreaterThan(3);
		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=user-menu]")).isVisible();

		page.navigate(url("/cases/" + number));
		page.locator("[data-test=print]").click();
		assertThat(page).hasURL(url("/cases/" + number + "/print"));
		assertThat(page.locator("[data-test=print-now]")).isVisible();

		page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
		assertThat(page.locator("[data-test=print-title]")).hasText("受理登记表");
		String center = "COUNTY".equals(closed.get("level").asString()) ? "城固县综治中心" : "龙头镇综治中心";
		assertThat(page.locator("[data-test=print-center]")).hasText(center);
		assertThat(page.locator("[data-test=print-number]")).containsText(number);
		assertThat(page.locator("[data-test=print-event]")).hasCount(steps);
		assertThat(page.locator("[data-test=print-now]")).isHidden();
		assertThat(page.locator(".el-menu")).hasCount(0);
		assertThat(page.locator("[data-test=user-menu]")).hasCount(0);
		screenshot("print");

		byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4")
			.setPath(Paths.get("target", "screenshots", getClass().getSimpleName() + "-case-file.pdf")));
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}
}
