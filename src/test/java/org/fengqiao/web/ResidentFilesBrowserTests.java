package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fengqiao.people.special.SpecialFixtures;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;

/**
 * From the resident page to their special-population files and back, and a file's coded fields shown and chosen
 * by their names (缓刑, 假释), never as bare codes.
 */
class ResidentFilesBrowserTests extends BrowserTest {

	private static final String LIUYI = "610722101213";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCipher cipher;

	@Test
	void the_resident_page_lists_the_residents_files_each_opens_its_file_and_the_file_links_back_to_the_resident() {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);
		long correction = SpecialFixtures.createFile(api, resident, "02", Map.of("correctionType", "02",
				"correctionStart", "2026-01-10", "correctionEnd", "2027-01-09"), false);
		SpecialFixtures.createFile(api, resident, "07", Map.of("petitionMatter", "征地补偿"), true);

		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/workbench"));
		page.navigate(url("/people/residents/" + resident));
		Locator files = page.locator("[data-test=resident-files]");
		assertThat(files.locator("[data-test=resident-file]")).hasCount(2);
		assertThat(files).containsText("社区矫正人员");
		assertThat(files).containsText("重点信访人员");
		assertThat(files.locator("tr").filter(new Locator.FilterOptions().setHasText("重点信访人员"))
			.locator("[data-test=resident-file-key]")).isVisible();
		assertThat(files.locator("tr").filter(new Locator.FilterOptions().setHasText("社区矫正人员"))
			.locator("[data-test=resident-file-key]")).hasCount(0);
		screenshot("resident-files");

		files.locator("[data-test=resident-file]").filter(new Locator.FilterOptions().setHasText("社区矫正人员")).click();

		assertThat(page).hasURL(url("/special-populations/" + correction));
		assertThat(page.locator("[data-test=fields]")).containsText("缓刑");
		screenshot("file-with-code-names");
		page.locator("[data-test=file-resident]").click();
		assertThat(page).hasURL(url("/people/residents/" + resident));
		assertThat(page.locator("[data-test=resident-files]")).isVisible();
	}

	@Test
	void the_file_form_offers_the_correction_type_by_name_and_the_file_page_shows_the_name_chosen() {
		long resident = SpecialFixtures.resident(jdbc, cipher, clock.instant(), LIUYI);
		long file = SpecialFixtures.createFile(api, resident, "02", Map.of("correctionType", "02",
				"correctionStart", "2026-01-10", "correctionEnd", "2027-01-09"), false);

		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page).hasURL(url("/workbench"));
		page.navigate(url("/special-populations/" + file + "/edit"));
		Locator select = page.locator("[data-test=field-correctionType] .el-select");
		assertThat(select).containsText("缓刑");
		select.click();
		Locator options = page.locator(".el-select-dropdown__item:visible");
		assertThat(options).hasText(new String[] { "管制", "缓刑", "假释", "暂予监外执行" });
		screenshot("correction-type-names");
		options.filter(new Locator.FilterOptions().setHasText("假释")).click();
		page.locator("[data-test=save-file]").click();

		assertThat(page).hasURL(url("/special-populations/" + file));
		assertThat(page.locator("[data-test=fields]")).containsText("假释");
		Api.Response saved = api.get("/api/special-populations/" + file, "desk.longtou");
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.field("fields").path("correctionType").asString()).isEqualTo("03");
	}
}
