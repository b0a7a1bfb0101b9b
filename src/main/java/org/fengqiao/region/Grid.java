package org.fengqiao.region;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A grid: level 1 (网格) or level 2 (微网格, ~18 households) under a village-level region.
 *
 * @param boundary a GeoJSON Polygon or MultiPolygon geometry (WGS-84), or null
 * @param synthetic true for generated demo boundaries
 */
public record Grid(String code, String name, int level, String regionCode, String parentCode, int households,
		@JsonRawValue String boundary, boolean synthetic) {
}
