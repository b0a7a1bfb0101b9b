package org.fengqiao.demo;

/**
 * A grid (level 1) or micro-grid (level 2) with a synthetic boundary.
 *
 * @param code             level 1: village code + 3 digits; level 2: its level-1 code + 2 digits
 * @param name             e.g. 六一村第1网格, 六一村第1网格第2微网格
 * @param level            1 or 2
 * @param regionCode       the village-level region the grid belongs to
 * @param parentCode       the level-1 grid of a level-2 grid, null for level 1
 * @param households       household count (a level-1 grid sums its micro-grids)
 * @param boundaryGeoJson  a GeoJSON Polygon geometry, WGS-84, [lng, lat] order
 */
public record DemoGrid(String code, String name, int level, String regionCode, String parentCode,
					   int households, String boundaryGeoJson) {
}
