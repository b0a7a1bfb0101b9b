package org.fengqiao.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.support.Api.Response;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;

/** Without a tile server the map has a blank background: no tile URL is offered and tiles answer a clear 404. */
class TileApiTests extends ApiTest {

	@Test
	void without_a_tile_url_the_page_gets_no_tile_address_and_tiles_answer_a_problem() {
		Response info = api.get("/api/system/info", null).expect(200);
		assertThat(info.field("tileUrl").isNull()).isTrue();

		Response tile = api.get("/tiles/1/0/0", null);
		assertThat(tile.status()).isEqualTo(404);
		assertThat(tile.contentType()).startsWith("application/problem+json");
		assertThat(tile.text("code")).isEqualTo("tiles.not-configured");
	}
}
