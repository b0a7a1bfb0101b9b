package org.fengqiao.region;

import org.fengqiao.platform.ValidationException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** Reads and checks a grid boundary: a valid GeoJSON Polygon or MultiPolygon in WGS-84 degrees. */
final class GridBoundary {

	private GridBoundary() {
	}

	static Geometry parse(String geoJson) {
		try {
			return new GeoJsonReader().read(geoJson);
		} catch (ParseException | RuntimeException e) {
			throw new IllegalArgumentException("unreadable boundary", e);
		}
	}

	/** Returns the boundary text if it is acceptable; a 400 on {@code boundary} otherwise. */
	static String check(String geoJson) {
		if (geoJson == null) {
			return null;
		}
		Geometry geometry;
		try {
			geometry = parse(geoJson);
		} catch (IllegalArgumentException e) {
			throw ValidationException.of("boundary", "grid.boundary-invalid");
		}
		if (!(geometry instanceof Polygon || geometry instanceof MultiPolygon) || geometry.isEmpty()
				|| !geometry.isValid()) {
			throw ValidationException.of("boundary", "grid.boundary-invalid");
		}
		Envelope e = geometry.getEnvelopeInternal();
		if (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90) {
			throw ValidationException.of("boundary", "grid.boundary-invalid");
		}
		return geoJson;
	}
}
