package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;


import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;

/**
 * The grid member's phone (issue 12 §7) on a 390×844 viewport with a set geolocation: a hazard reported with a
 * photo lands in the grid of the position; the same with every API request aborted (offline) is kept as waiting and
 * sent once when the connection returns, with its photo and the time it was made.
 */
class PhoneOfflineBrowserTests extends BrowserTest {

	private static final String GRID = "61072210121300101";


	/** A point inside the grid: the first of its boundary's centroid and points towards its corners the server places there. */
	private double[] pointInside() {
		JsonNode boundary = api.get("/api/grids/" + GRID, "admin").expect(200).field("boundary");
		JsonNode coordinates = boundary.get("coordinates");
		JsonNode ring = "MultiPolygon".equals(boundary.get("type").asString()) ? coordinates.get(0).get(0) : coordinates.get(0);
		List<double[]> corners = new ArrayList<>();
		double lat = 0;
		double lng = 0;
		for (JsonNode p : ring) {
			corners.add(new double[] { p.get(1).asDouble(), p.get(0).asDouble() });
			lat += p.get(1).asDouble() / ring.size();
			lng += p.get(0).asDouble() / ring.size();
		}
		List<double[]> candidates = new ArrayList<>(List.of(new double[] { lat, lng }));
		for (double[] c : corners) {
			candidates.add(new double[] { (lat + c[0]) / 2, (lng + c[1]) / 2 });
		}
		for (double[] c : candidates) {
			var located = api.get("/api/grids/locate?lat=" + c[0] + "&lng=" + c[1], "admin");
			if (located.status() == 200 && located.text("code").startsWith(GRID)) {
				return c;
			}
		}
		throw new AssertionError("no point found inside grid " + GRID);
	}

	private void fillReport(String title) {
		page.locator("#tab-report").click();
		assertThat(page.locator("[data-test=report-form]")).isVisible();
		page.locator("[data-test=report-kind] [data-kind=HAZARD]").click();
		page.locator("[data-test=report-category]").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("私拉乱接电线")).first().click();
		assertThat(page.locator(".el-select-dropdown:visible")).hasCount(0);
		page.locator("[data-test=report-form] input[name=title]").fill(title);
		page.locator("[data-test=report-form] textarea[name=description]").fill("三组路口电线私拉乱接，存在触电隐患。");
		page.locator("[data-test=report-photo]").setInputFiles(new FilePayload("hazard.png", "image/png", photo(0xb91c1c)));
		assertThat(page.locator("[data-test=report-place]")).hasAttribute("data-state", "found");
	}

	private List<JsonNode> casesTitled(String title) {
		JsonNode items = api.get("/api/cases?size=50&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8), "desk.longtou")
			.expect(200).array("items");
		List<JsonNode> found = new ArrayList<>();
		items.forEach(i -> {
			if (title.equals(i.get("title").asString())) {
				found.add(api.get("/api/cases/" + i.get("number").asString(), "desk.longtou").expect(200).body());
			}
		});
		return found;
	}

	@Test
	void the_grid_member_reports_a_hazard_by_phone_online_and_offline_and_the_offline_one_is_sent_once() {
		double[] inside = pointInside();
		resize(390, 844);
		page.context().grantPermissions(List.of("geolocation"), new com.microsoft.playwright.BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		page.context().setGeolocation(new Geolocation(inside[0], inside[1]));

		logIn("grid.liuyi", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/phone"));
		assertThat(page.locator("[data-test=phone-tasks]")).isVisible();
		screenshot("tasks");

		fillReport("六一村三组电线私拉乱接");
		screenshot("report");
		page.locator("[data-test=report-submit]").click();
		assertThat(page.locator("[data-test=phone-tasks]")).isVisible();
		List<JsonNode> online = casesTitled("六一村三组电线私拉乱接");
		assertThat(online).hasSize(1);
		assertThat(online.get(0).get("gridCode").asString()).startsWith(GRID);
		assertThat(online.get(0).get("attachments")).hasSize(1);

		// offline: every API request fails as if there were no network
		page.route("**/api/**", route -> route.abort());
		fillReport("六一村五组离线上报隐患");
		page.locator("[data-test=report-submit]").click();
		Locator waiting = page.locator("[data-test=offline-report]");
		assertThat(waiting).hasCount(1);
		assertThat(waiting).hasAttribute("data-state", "waiting");
		assertThat(waiting).containsText("待发送");
		screenshot("waiting");
		assertThat(casesTitled("六一村五组离线上报隐患")).isEmpty();

		// the connection returns a while later: sent once, with its photo and the time it was made
		advance(Duration.ofMinutes(20));
		page.unroute("**/api/**");
		page.evaluate("window.dispatchEvent(new Event('online'))");
		page.evaluate("window.dispatchEvent(new Event('online'))");
		assertThat(page.locator("[data-test=offline-report]")).hasCount(0);
		screenshot("sent");
		List<JsonNode> sent = casesTitled("六一村五组离线上报隐患");
		assertThat(sent).hasSize(1);
		assertThat(sent.get(0).get("attachments")).hasSize(1);
		assertThat(sent.get(0).get("gridCode").asString()).startsWith(GRID);
		assertThat(OffsetDateTime.parse(sent.get(0).get("occurredAt").asString()).toInstant()).isEqualTo(NOW);
		assertThat(OffsetDateTime.parse(sent.get(0).get("receivedAt").asString()).toInstant())
			.isEqualTo(NOW.plus(Duration.ofMinutes(20)));
	}
}
