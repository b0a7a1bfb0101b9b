package org.fengqiao.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.fengqiao.platform.geo.Coordinates;
import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class GridApiTests extends ApiTest {

	private static final String LIUYI_MICRO_GRID = "61072210121300101";

	@Test
	void longtou_has_the_129_level_1_and_477_level_2_grids_of_its_report() {
		assertThat(api.get("/api/grids?region=610722101000&level=1&size=1", "desk.longtou").expect(200).field("total").asLong())
			.isEqualTo(129);
		assertThat(api.get("/api/grids?region=610722101000&level=2&size=1", "desk.longtou").expect(200).field("total").asLong())
			.isEqualTo(477);
	}

	@Test
	void a_grid_shows_its_village_parent_households_and_synthetic_boundary() {
		Response r = api.get("/api/grids/" + LIUYI_MICRO_GRID, "grid.liuyi");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.field("level").asInt()).isEqualTo(2);
		assertThat(r.text("regionCode")).isEqualTo("610722101213");
		assertThat(r.text("parentCode")).isEqualTo("610722101213001");
		assertThat(r.field("households").asInt()).isBetween(12, 24);
		assertThat(r.body().path("boundary").path("type").asString()).isEqualTo("Polygon");
		assertThat(r.field("synthetic").asBoolean()).isTrue();
	}

	@Test
	void a_wgs84_point_is_located_in_its_micro_grid_with_village_and_town() {
		double[] centre = centre(api.get("/api/grids/" + LIUYI_MICRO_GRID, "admin").expect(200).field("boundary"));

		Response r = api.get("/api/grids/locate?lat=" + centre[0] + "&lng=" + centre[1], "desk.longtou");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.text("code")).isEqualTo(LIUYI_MICRO_GRID);
		assertThat(r.body().path("village").path("code").asString()).isEqualTo("610722101213");
		assertThat(r.body().path("town").path("name").asString()).isEqualTo("龙头镇");
	}

	@Test
	void a_gcj02_point_from_a_phone_map_is_converted_before_it_is_located() {
		double[] centre = centre(api.get("/api/grids/" + LIUYI_MICRO_GRID, "admin").expect(200).field("boundary"));
		Coordinates.LatLng gcj = Coordinates.wgs84ToGcj02(centre[0], centre[1]);

		Response asGcj = api.get("/api/grids/locate?crs=GCJ02&lat=" + gcj.lat() + "&lng=" + gcj.lng(), "desk.longtou").expect(200);
		Response asWgs = api.get("/api/grids/locate?lat=" + gcj.lat() + "&lng=" + gcj.lng(), "desk.longtou");

		assertThat(asGcj.text("code")).isEqualTo(LIUYI_MICRO_GRID);
		assertThat(asWgs.status() == 404 || !LIUYI_MICRO_GRID.equals(asWgs.text("code"))).isTrue();
	}

	@Test
	void a_point_outside_every_grid_is_404() {
		Response r = api.get("/api/grids/locate?lat=39.9&lng=116.4", "admin");

		assertThat(r.status()).isEqualTo(404);
		assertThat(r.text("code")).isEqualTo("grid.none-here");
	}

	@Test
	void a_grid_member_of_wuai_gets_404_for_a_liuyi_grid_and_lists_only_wuai() {
		assertThat(api.get("/api/grids/" + LIUYI_MICRO_GRID, "grid.wuai").status()).isEqualTo(404);

		JsonNode page = api.get("/api/grids?region=610722101000&size=200", "grid.wuai").expect(200).body();
		assertThat(page.path("total").asLong()).isPositive();
		assertThat(page.path("items").valueStream().map(g -> g.path("regionCode").asString()))
			.containsOnly("610722101209");
		JsonNode all = api.get("/api/grids?size=200", "grid.wuai").expect(200).body();
		assertThat(all.path("total").asLong()).isEqualTo(page.path("total").asLong());
	}

	@Test
	void a_grid_member_cannot_locate_into_another_village() {
		double[] centre = centre(api.get("/api/grids/" + LIUYI_MICRO_GRID, "admin").expect(200).field("boundary"));

		assertThat(api.get("/api/grids/locate?lat=" + centre[0] + "&lng=" + centre[1], "grid.wuai").status())
			.isEqualTo(404);
	}

	@Test
	void town_desk_staff_create_update_and_delete_a_grid_in_their_town() {
		Map<String, Object> body = Map.of("code", "610722101213900", "name", "六一村测试网格", "level", 1, "regionCode",
				"610722101213", "boundary", square(33.30, 107.30));

		Response created = api.post("/api/grids", body, "desk.longtou");
		assertThat(created.status()).isEqualTo(201);
		assertThat(api.get("/api/grids/locate?lat=33.3005&lng=107.3005", "desk.longtou").expect(200).text("code"))
			.isEqualTo("610722101213900");

		Response updated = api.put("/api/grids/610722101213900", Map.of("name", "六一村新网格"), "desk.longtou");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.text("name")).isEqualTo("六一村新网格");
		assertThat(api.get("/api/grids/locate?lat=33.3005&lng=107.3005", "desk.longtou").status()).isEqualTo(404);

		assertThat(api.delete("/api/grids/610722101213900", "desk.longtou").status()).isEqualTo(204);
		assertThat(api.get("/api/grids/610722101213900", "desk.longtou").status()).isEqualTo(404);
		assertThat(api.get("/api/audit?recordType=grid&recordId=610722101213900", "admin").expect(200).field("total").asLong())
			.isEqualTo(3);
	}

	@Test
	void a_grids_household_count_is_refused_on_update_because_the_people_register_keeps_it() {
		Response r = api.put("/api/grids/" + LIUYI_MICRO_GRID, Map.of("name", "六一村一组", "households", 99), "desk.longtou");

		assertThat(r.status()).isEqualTo(400);
		assertThat(r.array("errors").get(0).path("field").asText()).isEqualTo("households");
		assertThat(api.get("/api/grids/" + LIUYI_MICRO_GRID, "desk.longtou").expect(200).field("households").asInt())
			.isNotEqualTo(99);
	}

	@Test
	void a_grid_with_micro_grids_cannot_be_deleted() {
		Response r = api.delete("/api/grids/610722101213001", "desk.longtou");

		assertThat(r.status()).isEqualTo(409);
		assertThat(r.text("code")).isEqualTo("grid.not-empty");
	}

	@Test
	void a_county_viewer_can_read_but_not_write_grids() {
		assertThat(api.get("/api/grids/" + LIUYI_MICRO_GRID, "county.chenggu").status()).isEqualTo(200);

		Response r = api.post("/api/grids", Map.of("code", "610722101213901", "name", "x", "level", 1, "regionCode",
				"610722101213"), "county.chenggu");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.text("code")).isEqualTo("grid.forbidden");
		assertThat(api.delete("/api/grids/61072210121300104", "county.chenggu").status()).isEqualTo(403);
	}

	@Test
	void another_towns_desk_gets_404_for_a_longtou_grid_whatever_the_method() {
		assertThat(api.get("/api/grids/" + LIUYI_MICRO_GRID, "desk.anguo").status()).isEqualTo(404);
		assertThat(api.put("/api/grids/" + LIUYI_MICRO_GRID, Map.of("name", "x"), "desk.anguo").status()).isEqualTo(404);
		assertThat(api.delete("/api/grids/" + LIUYI_MICRO_GRID, "desk.anguo").status()).isEqualTo(404);
	}

	@Test
	void a_grid_member_may_not_edit_grids() {
		assertThat(api.put("/api/grids/" + LIUYI_MICRO_GRID, Map.of("name", "x"), "grid.liuyi").status())
			.isEqualTo(403);
	}

	@Test
	void an_invalid_boundary_or_level_is_a_400_naming_the_field() {
		Response badBoundary = api.post("/api/grids", Map.of("code", "610722101213902", "name", "x", "level", 1,
				"regionCode", "610722101213", "boundary", Map.of("type", "Point", "coordinates", new double[] { 107, 33 })),
				"desk.longtou");
		Response badLevel = api.post("/api/grids",
				Map.of("code", "610722101213903", "name", "x", "level", 3, "regionCode", "610722101213"), "desk.longtou");
		Response orphan = api.post("/api/grids",
				Map.of("code", "61072210121390301", "name", "x", "level", 2, "regionCode", "610722101213"), "desk.longtou");

		assertThat(badBoundary.status()).isEqualTo(400);
		assertThat(badBoundary.array("errors").get(0).path("field").asString()).isEqualTo("boundary");
		assertThat(badLevel.status()).isEqualTo(400);
		assertThat(badLevel.array("errors").get(0).path("field").asString()).isEqualTo("level");
		assertThat(orphan.status()).isEqualTo(400);
		assertThat(orphan.array("errors").get(0).path("field").asString()).isEqualTo("parentCode");
	}

	@Test
	void locate_rejects_out_of_range_or_non_numeric_coordinates() {
		assertThat(api.get("/api/grids/locate?lat=91&lng=107", "admin").status()).isEqualTo(400);
		assertThat(api.get("/api/grids/locate?lat=abc&lng=107", "admin").status()).isEqualTo(400);
		assertThat(api.get("/api/grids/locate?lat=33&lng=107&crs=BD09", "admin").status()).isEqualTo(400);
		assertThat(api.get("/api/grids/locate?lng=107", "admin").status()).isEqualTo(400);
	}

	static Map<String, Object> square(double lat, double lng) {
		double d = 0.001;
		return Map.of("type", "Polygon", "coordinates", new double[][][] { { { lng, lat }, { lng + d, lat },
				{ lng + d, lat + d }, { lng, lat + d }, { lng, lat } } });
	}

	/** Centre (lat, lng) of a rectangular GeoJSON polygon. */
	static double[] centre(JsonNode polygon) {
		JsonNode ring = polygon.path("coordinates").get(0);
		double minLat = 90, maxLat = -90, minLng = 180, maxLng = -180;
		for (JsonNode p : ring) {
			minLng = Math.min(minLng, p.get(0).asDouble());
			maxLng = Math.max(maxLng, p.get(0).asDouble());
			minLat = Math.min(minLat, p.get(1).asDouble());
			maxLat = Math.max(maxLat, p.get(1).asDouble());
		}
		return new double[] { (minLat + maxLat) / 2, (minLng + maxLng) / 2 };
	}
}
