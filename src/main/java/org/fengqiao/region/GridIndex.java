package org.fengqiao.region;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable point-in-grid index: an STRtree of prepared grid boundaries. A point is answered with the
 * level-2 grid that covers it, else the level-1 grid; on a shared edge the smaller code wins.
 */
public final class GridIndex {

	/** A grid as the index needs it: code, level and GeoJSON boundary. */
	public record Entry(String code, int level, String boundary) {
	}

	private record Indexed(String code, int level, PreparedGeometry geometry) {
	}

	private static final Comparator<Indexed> PREFERENCE = Comparator.comparingInt((Indexed i) -> -i.level())
		.thenComparing(Indexed::code);

	private final STRtree tree = new STRtree();
	private final GeometryFactory factory = new GeometryFactory();
	private final int size;

	public GridIndex(List<Entry> entries) {
		int n = 0;
		for (Entry entry : entries) {
			Geometry geometry = GridBoundary.parse(entry.boundary());
			tree.insert(geometry.getEnvelopeInternal(),
					new Indexed(entry.code(), entry.level(), PreparedGeometryFactory.prepare(geometry)));
			n++;
		}
		tree.build();
		this.size = n;
	}

	/** The code of the grid containing a WGS-84 point. */
	public Optional<String> locate(double lat, double lng) {
		Point point = factory.createPoint(new Coordinate(lng, lat));
		@SuppressWarnings("unchecked")
		List<Indexed> candidates = tree.query(point.getEnvelopeInternal());
		return candidates.stream()
			.filter(c -> c.geometry().covers(point))
			.min(PREFERENCE)
			.map(Indexed::code);
	}

	public int size() {
		return size;
	}
}
