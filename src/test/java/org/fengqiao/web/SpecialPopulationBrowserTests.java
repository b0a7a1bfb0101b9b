package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.fengqiao.people.special.SpecialFixtures;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.Geolocation;

import tools.jackson.databind.JsonNode;

/**
 * Special-population files in the browser (issue 13 §6): the grid member records a visit on the phone (390×844,
 * position from the phone) and the file shows it; another village's grid member gets the not-found page.
 */
class SpecialPopulationBrowserTests extends BrowserTest {

	private static final String LIUYI = "610722101213";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	private long keyPersonOfLiuyi(String matter) {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);
		return SpecialFixtures.createFile(api, resident, "07", Map.of("petitionMatter", matter), true);
	}

	@Test
	void the_grid_member_records_a_visit_on_the_phone_and_the_file_shows_it() {
		long id = keyPersonOfLiuyi("土地补偿款分配");
		String name = api.get("/api/special-populations/" + id, "grid.liuyi").expect(200).text("residentName");
		resize(390, 844);
		page.context().grantPermissions(List.of("geolocation"), new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
		page.context().setGeolocation(new Geolocation(33.1305, 107.2005));

		logIn("grid.liuyi", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/phone"));
		page.navigate(url("/phone/visits"));
		page.locator("[data-test=visit-person]").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(name)).click();
		assertThat(page.locator("[data-test=visit-form]")).isVisible();
		assertThat(page.locator("[data-test=visit-position]")).hasText("已定位");
		page.locator("[data-test=visit-form] textarea").first().fill("在家务农，情绪稳定，对补偿方案无异议。");
		screenshot("visit");
		page.locator("[data-test=visit-save]").click();

		assertThat(page).hasURL(url("/special-populations/" + id));
		assertThat(page.locator("[data-test=record]").first()).containsText("在家务农，情绪稳定，对补偿方案无异议。");
		screenshot("file");
		JsonNode record = api.get("/api/special-populations/" + id, "leader.longtou").expect(200).field("records").get(0);
		assertThat(record.path("lat").asDouble()).isEqualTo(33.1305);
		assertThat(record.path("method").asString()).isEqualTo("IN_PERSON");
	}

	@Test
	void a_grid_member_of_wuai_gets_the_not_found_page_for_a_liuyi_file() {
		long id = keyPersonOfLiuyi("宅基地纠纷");

		logIn("grid.wuai", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/phone"));
		page.navigate(url("/special-populations/" + id));
		assertThat(page.locator("[data-test=not-found]")).isVisible();
		assertThat(page.locator("[data-test=special-file]")).hasCount(0);
		screenshot("not-found");
	}
}
