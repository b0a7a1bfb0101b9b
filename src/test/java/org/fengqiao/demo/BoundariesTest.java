package org.fengqiao.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fengqiao.demo.TestData.DATA;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

class BoundariesTest {

	private static final Map<String, Polygon> SHAPES = new TreeMap<>();

	static {
		GeoJsonReader reader = new GeoJsonReader();
		for (DemoGrid grid : DATA.grids()) {
			try {
				SHAPES.put(grid.code(), (Polygon) reader.read(grid.boundaryGeoJson()));
			} catch (ParseException e) {
				throw new IllegalStateException(grid.code(), e);
			}
		}
	}

	@Test
	@DisplayName("every boundary is a valid GeoJSON Polygon with a closed counter-clockwise ring and 6 decimals")
	void every_boundary_is_a_valid_closed_counter_clockwise_polygon() {
		assertThat(DATA.grids()).allSatisfy(g -> {
			assertThat(g.boundaryGeoJson()).startsWith("{\"type\":\"Polygon\"").doesNotContainPattern("\\.\\d{7}");
			Polygon shape = SHAPES.get(g.code());
			assertThat(shape.isValid()).isTrue();
			assertThat(shape.getExteriorRing().isClosed()).isTrue();
			assertThat(Orientation.isCCW(shape.getExteriorRing().getCoordinates())).isTrue();
			assertThat(shape.getArea()).isPositive();
		});
	}

	@Test
	@DisplayName("every level-2 boundary lies within its level-1 boundary, which its micro-grids fill")
	void micro_grids_lie_within_and_fill_their_level_one_grid() {
		assertThat(DATA.grids()).filteredOn(g -> g.level() == 2).allSatisfy(g ->
				assertThat(SHAPES.get(g.parentCode()).covers(SHAPES.get(g.code()))).as(g.code()).isTrue());
		assertThat(DATA.grids()).filteredOn(g -> g.level() == 1 && !TestData.children(g).isEmpty()).allSatisfy(g ->
				assertThat(TestData.children(g).stream().mapToDouble(c -> SHAPES.get(c.code()).getArea()).sum())
						.isCloseTo(SHAPES.get(g.code()).getArea(), org.assertj.core.data.Percentage.withPercentage(0.01)));
	}

	@Test
	@DisplayName("sibling micro-grids do not overlap")
	void sibling_micro_grids_do_not_overlap() {
		for (DemoGrid parent : DATA.grids().stream().filter(g -> g.level() == 1).toList()) {
			assertNoOverlap(TestData.children(parent).stream().map(c -> SHAPES.get(c.code())).toList());
		}
	}

	@Test
	@DisplayName("no two level-1 grids of a town overlap, and each village's grids fill a tile of their own")
	void level_one_grids_of_a_town_do_not_overlap() {
		GeometryFactory factory = new GeometryFactory();
		for (String town : TestData.townCodes()) {
			assertNoOverlap(TestData.grids(town, 1).stream().map(g -> SHAPES.get(g.code())).toList());
			List<Geometry> tiles = new ArrayList<>();
			for (DemoRegion village : TestData.villages(town)) {
				List<Polygon> shapes = TestData.grids(town, 1).stream().filter(g -> g.regionCode().equals(village.code()))
						.map(g -> SHAPES.get(g.code())).toList();
				Envelope tile = new Envelope();
				shapes.forEach(s -> tile.expandToInclude(s.getEnvelopeInternal()));
				assertThat(shapes.stream().mapToDouble(Geometry::getArea).sum())
						.isCloseTo(tile.getArea(), org.assertj.core.data.Percentage.withPercentage(0.01));
				assertThat(tile.getHeight() * 111.32).as("village tile height in km").isBetween(1.4, 1.6);
				tiles.add(factory.toGeometry(tile));
			}
			assertNoOverlap(tiles);
		}
	}

	@Test
	@DisplayName("every boundary lies within 0.3 degrees of its town's point, in lng/lat order")
	void every_boundary_lies_near_its_town() {
		for (String town : TestData.townCodes()) {
			TownProfile profile = TestData.profile(town);
			List<DemoGrid> grids = new ArrayList<>(TestData.grids(town, 1));
			grids.addAll(TestData.grids(town, 2));
			assertThat(grids).isNotEmpty().allSatisfy(g -> {
				for (Coordinate c : SHAPES.get(g.code()).getCoordinates()) {
					assertThat(Math.abs(c.x - profile.longitude())).as("longitude of %s", g.code()).isLessThan(0.3);
					assertThat(Math.abs(c.y - profile.latitude())).as("latitude of %s", g.code()).isLessThan(0.3);
				}
			});
		}
	}

	/** No two shapes share interior points (touching along an edge is fine). */
	private static void assertNoOverlap(List<? extends Geometry> shapes) {
		for (int i = 0; i < shapes.size(); i++) {
			for (int j = i + 1; j < shapes.size(); j++) {
				assertThat(shapes.get(i).relate(shapes.get(j), "T********")).as("shapes %d and %d overlap", i, j).isFalse();
			}
		}
	}
}
