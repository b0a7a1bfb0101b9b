package org.fengqiao.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.fengqiao.support.Api;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;

import tools.jackson.databind.JsonNode;

/**
 * Issue 12 §2 and §8: the place of an intake picked on the map, a grid's boundary edited by dragging a vertex,
 * a staff member added to a station, the audit log filtered by actor.
 */
class MapPickAndGridAdminBrowserTests extends BrowserTest {

	private static final Pattern CASE_PAGE = Pattern.compile(".*/cases/(610722101-\\d{4}-\\d{6})$");

	private static final String LONGTOU = "610722101000";

	private static final String LIUYI = "610722101213";

	private void choose(String select, String option) {
		page.locator(select).click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(option)).first()
			.click();
		assertThat(page.locator(".el-select-dropdown:visible")).hasCount(0);
	}

	private JsonNode firstLevel1GridWithBoundary(String village) {
		return api.get("/api/grids?region=" + village + "&level=1&size=200", "admin").expect(200).array("items")
			.valueStream().filter(g -> g.get("boundary") != null && !g.get("boundary").isNull()).findFirst()
			.orElseThrow();
	}

	private BoundingBox box(Locator locator) {
		assertThat(locator).hasCount(1);
		BoundingBox box = locator.boundingBox();
		assertThat(box).isNotNull();
		return box;
	}

	@Test
	void the_desk_picks_the_place_on_the_map_inside_a_liuyi_grid_and_the_saved_case_has_that_grid() {
		JsonNode grid = firstLevel1GridWithBoundary(LIUYI);

		logIn("desk.longtou", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=demo-mark]")).isVisible();
		page.navigate(url("/intake"));
		choose("[data-test=intake-kind]", "矛盾纠纷");
		page.locator("[data-test=intake-form] .el-cascader").click();
		page.locator(".el-cascader-node:visible").filter(new Locator.FilterOptions().setHasText("邻里纠纷")).click();
		page.locator(".el-cascader-node:visible").filter(new Locator.FilterOptions().setHasText("噪音扰民纠纷")).click();
		page.locator("input[name=title]").fill("地图选点：六一村村道旁夜间机器轰鸣");
		page.locator("textarea[name=description]").fill("来电反映村道旁有机器夜间作业，位置在地图上选出。");
		page.locator("input[name=reporterName]").fill("赵某");

		page.locator("[data-test=intake-pick]").click();
		Locator dialog = page.locator("[data-test=pick-dialog]");
		// the dialog has opened and the map fits the grids: the shapes stay where they are measured
		assertThat(dialog.locator("[data-test=pick-map][data-ready=true]")).isVisible();
		// the middle of one of 六一村's rectangular grids, clicked on the map itself (the grids take no clicks)
		BoundingBox shape = box(dialog.locator("path.grid-" + grid.get("code").asString()));
		page.mouse().click(shape.x + shape.width / 2, shape.y + shape.height / 2);
		assertThat(dialog.locator(".leaflet-marker-icon")).hasCount(1);
		// the first locate builds the server's grid index: slow on a loaded machine
		assertThat(dialog.locator("[data-test=pick-found]")).containsText("六一村",
				new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		screenshot("pick-dialog");
		String found = dialog.locator("[data-test=pick-found]").textContent();
		String gridName = found.substring(found.lastIndexOf('·') + 1).trim();
		dialog.locator("[data-test=pick-use]").click();
		assertThat(dialog).isHidden();
		assertThat(page.locator("[data-test=intake-village]")).containsText("六一村");
		assertThat(page.locator("[data-test=intake-grid]")).containsText(gridName);
		screenshot("intake-picked");

		page.locator("[data-test=intake-save]").click();
		Locator saveAnyway = page.locator("[data-test=intake-save]").filter(new Locator.FilterOptions().setHasText("仍然保存"));
		assertThat(page.locator("[data-test=case-file]").or(saveAnyway).first()).isVisible();
		if (saveAnyway.count() > 0) {
			saveAnyway.click(); // likely repeats were shown first: save anyway
		}
		assertThat(page).hasURL(CASE_PAGE);
		String number = CASE_PAGE.matcher(page.url()).replaceFirst("$1");

		JsonNode saved = api.get("/api/cases/" + number, "desk.longtou").expect(200).body();
		assertThat(saved.get("regionCode").asString()).isEqualTo(LIUYI);
		assertThat(saved.path("lat").isNumber()).as("the picked point is stored").isTrue();
		JsonNode located = api.get("/api/grids/locate?lat=" + saved.get("lat").asDouble() + "&lng="
				+ saved.get("lng").asDouble() + "&crs=WGS84", "desk.longtou").expect(200).body();
		assertThat(saved.get("gridCode").asString()).isEqualTo(located.get("code").asString());
		assertThat(located.get("name").asString()).isEqualTo(gridName);
		assertThat(located.get("regionCode").asString()).isEqualTo(LIUYI);
	}

	@Test
	void the_administrator_drags_a_vertex_of_a_grid_and_the_api_returns_the_moved_boundary() {
		// a village no other test locates in: its first grid's boundary is edited, then put back
		List<JsonNode> villages = api.get("/api/regions/" + LONGTOU + "/children", "admin").expect(200).body()
			.valueStream().toList();
		JsonNode village = villages.get(villages.size() - 1);
		JsonNode grid = firstLevel1GridWithBoundary(village.get("code").asString());
		String code = grid.get("code").asString();
		JsonNode before = grid.get("boundary").get("coordinates").get(0);
		try {
			logIn("admin", Api.DEMO_PASSWORD);
			assertThat(page.locator("[data-test=demo-mark]")).isVisible();
			page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("区划与网格")).click();
			assertThat(page).hasURL(url("/admin/grids"));
			choose("[data-test=grid-village]", village.get("name").asString());
			page.locator(".grid-row-" + code).click();
			assertThat(page.locator("[data-test=grid-form]")).containsText(grid.get("name").asString());
			page.locator("[data-test=grid-edit-boundary]").click();
			Locator handles = page.locator(".vertex-handle");
			assertThat(handles).hasCount(before.size() - 1);
			screenshot("editing");

			BoundingBox handle = box(handles.first());
			double x = handle.x + handle.width / 2;
			double y = handle.y + handle.height / 2;
			page.mouse().move(x, y);
			page.mouse().down();
			page.mouse().move(x + 20, y + 15, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
			page.mouse().move(x + 40, y + 30, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
			page.mouse().up();
			page.locator("[data-test=grid-save]").click();
			assertThat(page.locator(".el-message--success")).isVisible();
			screenshot("saved");

			JsonNode after = api.get("/api/grids/" + code, "admin").expect(200).body().get("boundary")
				.get("coordinates").get(0);
			assertThat(after.size()).isEqualTo(before.size());
			// the first vertex went right (east) and down (south); the others stayed; the ring is closed
			assertThat(after.get(0).get(0).asDouble()).isGreaterThan(before.get(0).get(0).asDouble() + 1e-5);
			assertThat(after.get(0).get(1).asDouble()).isLessThan(before.get(0).get(1).asDouble() - 1e-5);
			for (int i = 1; i < before.size() - 1; i++) {
				assertThat(after.get(i).get(0).asDouble()).isCloseTo(before.get(i).get(0).asDouble(),
						org.assertj.core.data.Offset.offset(1e-6));
				assertThat(after.get(i).get(1).asDouble()).isCloseTo(before.get(i).get(1).asDouble(),
						org.assertj.core.data.Offset.offset(1e-6));
			}
			assertThat(after.get(after.size() - 1)).isEqualTo(after.get(0));
		}
		finally {
			Map<String, Object> restore = new HashMap<>();
			restore.put("name", grid.get("name").asString());
			restore.put("boundary", grid.get("boundary"));
			api.put("/api/grids/" + code, restore, "admin").expect(200);
		}
	}

	@Test
	void the_administrator_adds_a_mediator_to_the_longtou_judicial_office_and_finds_them_in_its_staff() {
		String name = "地图测试调解员";
		logIn("admin", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=demo-mark]")).isVisible();
		page.navigate(url("/admin/departments"));
		choose("[data-test=town]", "龙头镇");
		Locator office = page.locator("[data-test=department-table] .el-table__row")
			.filter(new Locator.FilterOptions().setHasText("龙头司法所")).first();
		office.locator("[data-test=department-staff]").click();
		Locator panel = page.locator("[data-test=staff-panel]");
		assertThat(panel).containsText("龙头司法所");
		assertThat(panel.locator("[data-test=staff-table] .el-table__row").first()).isVisible();
		assertThat(panel.locator("[data-test=staff-unmask]")).hasCount(0);

		panel.locator("[data-test=staff-new]").click();
		Locator form = page.locator("[data-test=staff-form]");
		form.locator("input[name=name]").fill(name);
		form.locator("input[name=phone]").fill("13800001111");
		form.locator("[data-test=staff-roles]").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("人民调解员"))
			.click();
		form.locator("input[name=name]").click(); // closes the list
		assertThat(form.locator("[data-test=staff-roles]")).containsText("人民调解员");
		page.locator("[data-test=staff-submit]").click();
		assertThat(form).isHidden();
		assertThat(page.locator(".el-message--success")).isVisible();

		// the page of the list (20 a page, in the API's order) the new member is on
		List<String> names = api.get("/api/staff?department=610722101000-JUDICIAL_OFFICE&size=200", "admin").expect(200)
			.array("items").valueStream().map(s -> s.get("name").asString()).toList();
		assertThat(names).contains(name);
		int listPage = names.indexOf(name) / 20 + 1;
		if (listPage > 1) {
			panel.locator(".el-pager li").filter(new Locator.FilterOptions()
				.setHasText(Pattern.compile("^" + listPage + "$"))).click();
		}
		Locator row = panel.locator("[data-test=staff-table] .el-table__row")
			.filter(new Locator.FilterOptions().setHasText(name));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("人民调解员");
		assertThat(row.locator("[data-test=staff-phone]")).not().hasText("13800001111");
		assertThat(row.locator("[data-test=staff-phone]")).containsText("1111");
		screenshot("staff");

		JsonNode items = api.get("/api/staff?department=610722101000-JUDICIAL_OFFICE&size=200", "admin").expect(200)
			.array("items");
		assertThat(items.valueStream().filter(s -> name.equals(s.get("name").asString()))
			.map(s -> s.get("fieldRoles").get(0).asString())).containsExactly("MEDIATOR");
	}

	@Test
	void the_administrator_filters_the_audit_log_by_actor_and_sees_only_that_actors_rows() {
		// an audited act of the leader: reading a staff member's phone in clear
		long id = api.get("/api/staff?region=" + LONGTOU + "&size=1", "leader.longtou").expect(200).array("items").get(0)
			.get("id").asLong();
		api.get("/api/staff/" + id + "/unmasked", "leader.longtou").expect(200);
		long total = api.get("/api/audit?actor=leader.longtou&size=1", "admin").expect(200).body().get("total").asLong();
		assertThat(total).isPositive();

		logIn("admin", Api.DEMO_PASSWORD);
		assertThat(page.locator("[data-test=demo-mark]")).isVisible();
		page.locator(".aside .el-menu-item").filter(new Locator.FilterOptions().setHasText("审计日志")).click();
		assertThat(page).hasURL(url("/admin/audit"));
		assertThat(page.locator("[data-test=audit-table] .el-table__row").first()).isVisible();
		page.locator("[data-test=audit-filters] input[name=actor]").fill("leader.longtou");
		page.locator("[data-test=audit-search]").click();
		assertThat(page.locator("[data-test=audit-pager]")).containsText(String.valueOf(total));
		Locator rows = page.locator("[data-test=audit-table] .el-table__row");
		assertThat(rows.filter(new Locator.FilterOptions().setHasText("UNMASK")).first()).isVisible();
		for (String text : rows.allTextContents()) {
			assertThat(text).contains("leader.longtou");
		}
		screenshot("audit");
	}
}
