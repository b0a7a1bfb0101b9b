package org.fengqiao.cases.statistics;

import org.fengqiao.platform.DataScope;

/**
 * Whether a caller's statistics of a region may come from the rollups. The rollups count every case of a
 * village, so they are exact only for a caller who sees every case of the requested region: a scope that sees
 * whole regions (centers, leaders, county viewers: {@code Part.WHOLE_REGION} of {@code CaseVisibility.RULE})
 * and covers the region. Everyone else (stations, village committees, grid members, reporters, and a town's
 * center asking about its county) sees some of the region's cases and is counted live over those.
 */
final class RollupPolicy {

	private RollupPolicy() {
	}

	static boolean exactFor(DataScope scope, String regionCode) {
		return scope.wholeRegions() && scope.covers(regionCode);
	}
}
