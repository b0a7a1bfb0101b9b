package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.fengqiao.platform.geo.Coordinates;
import org.fengqiao.platform.geo.Coordinates.LatLng;
import org.fengqiao.platform.geo.Crs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Vectors from data/test-vectors.md. */
class CoordinatesTest {

	@ParameterizedTest
	@CsvSource({ "31.1774276,121.5272106,31.17530398364597,121.531541859215",
			"22.543847,113.912316,22.540796131694766,113.9171764808363",
			"39.911954,116.377817,39.91334545536069,116.38404722455657" })
	void wgs84_converts_to_gcj02_as_the_published_vectors(double lat, double lng, double gLat, double gLng) {
		LatLng g = Coordinates.wgs84ToGcj02(lat, lng);

		assertThat(g.lat()).isCloseTo(gLat, within(1e-9));
		assertThat(g.lng()).isCloseTo(gLng, within(1e-9));
	}

	@ParameterizedTest
	@CsvSource({ "31.1774276,121.5272106,31.17530398364597,121.531541859215",
			"22.543847,113.912316,22.540796131694766,113.9171764808363",
			"39.911954,116.377817,39.91334545536069,116.38404722455657" })
	void gcj02_converts_back_to_wgs84_within_half_a_metre(double lat, double lng, double gLat, double gLng) {
		LatLng w = Coordinates.toWgs84(gLat, gLng, Crs.GCJ02);

		assertThat(w.lat()).isCloseTo(lat, within(5e-6));
		assertThat(w.lng()).isCloseTo(lng, within(5e-6));
	}

	@Test
	void points_outside_china_are_not_shifted() {
		LatLng paris = Coordinates.wgs84ToGcj02(48.8566, 2.3522);

		assertThat(paris).isEqualTo(new LatLng(48.8566, 2.3522));
	}
}
