package org.fengqiao.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class RegionApiTests extends ApiTest {

	@Test
	void a_town_is_read_with_its_county_as_parent() {
		Response r = api.get("/api/regions/610722101000", "desk.longtou");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.text("name")).isEqualTo("龙头镇");
		assertThat(r.text("level")).isEqualTo("TOWN");
		assertThat(r.text("parentCode")).isEqualTo("610722000000");
	}

	@Test
	void a_towns_children_are_its_fourteen_village_level_units_in_code_order() {
		Response r = api.get("/api/regions/610722101000/children", "desk.longtou");

		assertThat(r.status()).isEqualTo(200);
		List<String> codes = codes(r.body());
		assertThat(codes).hasSize(14).isSorted().contains("610722101213", "610722101209");
		JsonNode liuyi = find(r.body(), "610722101213");
		assertThat(liuyi.path("kind").asString()).isEqualTo("VILLAGE");
		assertThat(liuyi.path("level").asString()).isEqualTo("VILLAGE");
	}

	@Test
	void the_tree_can_be_walked_down_from_a_province() {
		Response province = api.get("/api/regions/610000000000/children", "admin").expect(200);

		assertThat(codes(province.body())).contains("610700000000", "610900000000");
		assertThat(codes(api.get("/api/regions/610700000000/children", "admin").expect(200).body())).contains("610722000000");
		assertThat(codes(api.get("/api/regions/610722000000/children", "admin").expect(200).body()))
			.containsExactly("610722101000", "610722102000", "610722103000");
	}

	@Test
	void a_short_code_is_read_as_its_padded_code() {
		Response r = api.get("/api/regions/610722101", "desk.longtou");

		assertThat(r.status()).isEqualTo(200);
		assertThat(r.text("code")).isEqualTo("610722101000");
	}

	@Test
	void a_grid_member_sees_only_their_own_village_among_the_towns_children() {
		Response r = api.get("/api/regions/610722101000/children", "grid.wuai").expect(200);

		assertThat(codes(r.body())).containsExactly("610722101209");
	}

	@Test
	void a_grid_member_gets_404_for_another_village() {
		Response r = api.get("/api/regions/610722101213", "grid.wuai");

		assertThat(r.status()).isEqualTo(404);
		assertThat(r.text("code")).isEqualTo("region.not-found");
	}

	@Test
	void an_unknown_region_code_is_404_and_a_malformed_one_400() {
		Response unknown = api.get("/api/regions/999999999999", "admin");
		Response malformed = api.get("/api/regions/61x722", "admin");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.array("errors").get(0).path("field").asString()).isEqualTo("code");
	}

	@Test
	void a_town_desk_cannot_read_another_towns_villages() {
		assertThat(api.get("/api/regions/620802104204", "desk.longtou").status()).isEqualTo(404);
		assertThat(api.get("/api/regions/620802104204", "desk.anguo").status()).isEqualTo(200);
	}

	private static List<String> codes(JsonNode array) {
		return array.valueStream().map(n -> n.path("code").asString()).toList();
	}

	private static JsonNode find(JsonNode array, String code) {
		return array.valueStream().filter(n -> n.path("code").asString().equals(code)).findFirst().orElseThrow();
	}
}
