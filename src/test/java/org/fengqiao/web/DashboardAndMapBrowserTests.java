package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.regex.Pattern;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import tools.jackson.databind.JsonNode;

class DashboardAndMapBrowserTests extends BrowserTest {

	private static final String LONGTOU = "610722101000";

	/** True when the chart's canvas has at least one painted pixel. */
	private boolean painted(String chart) {
		return (Boolean) page.evaluate("""
				(selector) => {
				  const canvas = document.querySelector(selector + ' canvas');
				  if (!canvas || canvas.width === 0) return false;
				  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
				  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
				  return false;
				}""", "[data-test=" + chart + "]");
	}

	private String sticksOut() {
		return (String) page.evaluate("""
				() => document.documentElement.scrollWidth <= window.innerWidth ? '' :
				  [...document.querySelectorAll('body *')]
				    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
				    .slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
				    .join(', ') || 'scrollWidth ' + document.documentElement.scrollWidth""");
	}

	@Test
	void a_center_leader_sees_this_years_figures_a_drawn_trend_and_supervises_an_overdue_case() {
		int year = clock.instant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
		long received = api.get("/api/stats/overview?from=" + year + "-01-01&to=" + year + "-12-31", "leader.longtou")
			.expect(200).body().get("received").asLong();

		logIn("leader.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/dashboard"));
		assertThat(page.locator("[data-test=kpi-received] [data-test=kpi-value]")).hasText(String.valueOf(received));
		assertThat(page.locator("[data-test=chart-month] canvas")).isVisible();
		page.waitForCondition(() -> painted("chart-month"));
		Locator row = page.locator("[data-test=overdue-list] tr")
			.filter(new Locator.FilterOptions().setHas(page.locator("[data-action=supervise]"))).first();
		assertThat(row).isVisible();
		screenshot("dashboard");

		// the big screen of the center's hall: dark, then back
		page.locator("[data-test=big-screen]").click();
		assertThat(page.locator("[data-test=dashboard]")).hasClass(Pattern.compile(".*\\bbig\\b.*"));
		page.waitForCondition(() -> painted("chart-month"));
		screenshot("big-screen");
		page.locator("[data-test=big-screen]").click();
		assertThat(page.locator("[data-test=dashboard]")).not().hasClass(Pattern.compile(".*\\bbig\\b.*"));

		String number = row.locator("[data-test=overdue-case]").textContent().trim();
		String comment = "驾驶舱督办：请本周内办结 " + number;
		row.locator("[data-action=supervise]").click();
		Locator form = page.locator("[data-test=action-form]");
		form.locator(".el-select").click();
		page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText("重点督办")).click();
		form.locator("textarea").fill(comment);
		screenshot("supervise-dialog");
		page.locator("[data-test=action-submit]").click();
		assertThat(page.locator(".el-message--success")).isVisible();

		page.navigate(url("/cases/" + number));
		assertThat(page.locator("[data-test=timeline-entry]").filter(new Locator.FilterOptions().setHasText(comment)))
			.containsText("督办");
		screenshot("case");
		JsonNode timeline = api.get("/api/cases/" + number + "/timeline", "leader.longtou").expect(200).body();
		assertThat(timeline.valueStream().filter(e -> "SUPERVISE".equals(e.path("action").asString())
				&& comment.equals(e.path("comment").asString()))).hasSize(1);
	}

	@Test
	void the_county_viewer_compares_the_three_towns_of_chenggu_and_has_no_supervise_button() {
		logIn("county.chenggu", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/dashboard"));
		assertThat(page.locator("[data-test=region-compare]")).containsText("各镇对比");
		Locator towns = page.locator("[data-test=compare-region]");
		assertThat(towns).hasCount(3);
		assertThat(towns).containsText(new String[] { "龙头镇", "沙河营镇", "文川镇" });
		assertThat(page.locator("[data-test=overdue-list] .el-table")).isVisible();
		assertThat(page.locator("[data-test=overdue-case]").first()).isVisible();
		assertThat(page.locator("[data-action]")).hasCount(0);
		screenshot("county");
	}

	@Test
	void the_map_draws_the_towns_grids_and_a_case_marker_opens_the_case() {
		long withBoundary = 0;
		for (int p = 0;; p++) {
			JsonNode items = api.get("/api/grids?region=" + LONGTOU + "&size=200&page=" + p, "desk.longtou").expect(200)
				.array("items");
			withBoundary += items.valueStream().filter(g -> g.get("boundary") != null && !g.get("boundary").isNull())
				.count();
			if (items.size() < 200) {
				break;
			}
		}
		assertThat(withBoundary).isPositive();

		logIn("desk.longtou", Api.DEMO_PASSWORD);
		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("地图")).click();
		assertThat(page).hasURL(url("/map"));
		assertThat(page.locator("path.grid-polygon")).hasCount((int) withBoundary);
		assertThat(page.locator("[data-test=no-tiles]")).isVisible();
		assertThat(page.locator(".leaflet-control-layers")).containsText("网格");
		Locator marker = page.locator(".leaflet-marker-icon").first();
		assertThat(marker).isVisible();
		screenshot("map");

		String number = marker.getAttribute("alt");
		marker.dispatchEvent("click");
		assertThat(page).hasURL(url("/cases/" + number));
		assertThat(page.locator("[data-test=case-file]")).containsText(number);
	}

	@Test
	void a_grid_member_sees_the_map_of_the_village_on_a_390_px_phone() {
		resize(390, 844);
		logIn("grid.liuyi", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=demo-mark]")).isVisible();
		page.navigate(url("/map"));
		assertThat(page.locator("path.grid-polygon").first()).isVisible();
		assertThat(sticksOut()).as("what sticks out of the map at 390 px").isEmpty();
		screenshot("phone-map");
	}
}
