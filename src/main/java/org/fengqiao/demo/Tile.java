package org.fengqiao.demo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

/**
 * An axis-aligned rectangle in WGS-84 degrees (x = longitude, y = latitude) whose corners are
 * rounded to 6 decimals. Splitting reuses the parent's corners on the outer edges and computes each
 * inner edge once, so children tile their parent exactly and neighbours share edges.
 */
record Tile(double west, double south, double east, double north) {

	private static final double KM_PER_DEGREE_LATITUDE = 111.32;
	private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

	/**
	 * Lays out {@code count} square tiles of {@code sideKm} in a near-square block centred on a
	 * point, row by row from the north-west corner.
	 */
	static List<Tile> block(double latitude, double longitude, int count, double sideKm) {
		int columns = (int) Math.ceil(Math.sqrt(count));
		int rows = (int) Math.ceil(count / (double) columns);
		double height = sideKm / KM_PER_DEGREE_LATITUDE;
		double width = sideKm / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(latitude)));
		double west = longitude - columns * width / 2;
		double north = latitude + rows * height / 2;
		List<Tile> tiles = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int row = i / columns;
			int column = i % columns;
			tiles.add(new Tile(round(west + column * width), round(north - (row + 1) * height),
					round(west + (column + 1) * width), round(north - row * height)));
		}
		return tiles;
	}

	/**
	 * Splits this tile into {@code count} rectangles covering it without gaps: about sqrt(count)
	 * rows from north to south, each row cut into equal cells from west to east.
	 */
	List<Tile> split(int count) {
		if (count < 1) {
			throw new IllegalArgumentException("count must be positive: " + count);
		}
		int rows = Math.max(1, (int) Math.round(Math.sqrt(count)));
		List<Tile> cells = new ArrayList<>(count);
		for (int row = 0; row < rows; row++) {
			int inRow = count / rows + (row < count % rows ? 1 : 0);
			double top = edge(north, south, row, rows);
			double bottom = edge(north, south, row + 1, rows);
			for (int column = 0; column < inRow; column++) {
				cells.add(new Tile(edge(west, east, column, inRow), bottom, edge(west, east, column + 1, inRow), top));
			}
		}
		return cells;
	}

	/** The tile as a JTS polygon with a closed, counter-clockwise exterior ring. */
	Polygon toPolygon() {
		return GEOMETRY.createPolygon(new Coordinate[] {
				new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
				new Coordinate(west, north), new Coordinate(west, south)});
	}

	/** The tile as a GeoJSON Polygon geometry, coordinates in [lng, lat] order. */
	String toGeoJson() {
		GeoJsonWriter writer = new GeoJsonWriter(6);
		writer.setEncodeCRS(false);
		writer.setForceCCW(true);
		return writer.write(toPolygon());
	}

	/** The i-th of n equal divisions between from and to; the ends are the given values exactly. */
	private static double edge(double from, double to, int i, int n) {
		if (i == 0) {
			return from;
		}
		if (i == n) {
			return to;
		}
		return round(from + (to - from) * i / n);
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}
}
