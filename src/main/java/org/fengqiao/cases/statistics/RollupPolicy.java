package org.fengqiao.cases.statistics;

import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.DataScope;

/**
 * Which rollups, if any, count exactly the cases a caller sees of a region. The rollups count every case once per
 * way it can be seen (its village, its lead unit, each other co-unit, its grid), so:
 * <ul>
 * <li>a scope that sees whole regions (centers, leaders, county viewers) and covers the region: the village rows;
 * <li>a scope of one department and no grid (a station, a village committee): that unit's lead and co-unit rows,
 * which never hold a case twice; a scope of grids and no department (a grid member): the rows of the grids under
 * its own. The cases the caller reported or first received besides are counted live;
 * <li>everyone else (a town's center asking about its county, several departments, departments and grids) live.
 * </ul>
 */
final class RollupPolicy {

	enum Source {
		/** The rollups of every case of the region. */
		REGION,
		/** The rollups of the caller's one unit, and the caller's own other cases live. */
		UNIT,
		/** The rollups of the caller's grids, and the caller's own cases outside them live. */
		GRIDS,
		/** Every case the caller sees, counted one by one. */
		LIVE
	}

	private RollupPolicy() {
	}

	static Source sourceFor(DataScope scope, String regionCode) {
		if (scope.wholeRegions()) {
			return scope.seesAllOf(regionCode) ? Source.REGION : Source.LIVE;
		}
		return partSourceFor(scope);
	}

	/** For a scope that sees no whole region: its unit's or grids' rollups, or live. */
	static Source partSourceFor(DataScope scope) {
		if (scope.departments().size() == 1 && scope.grids().isEmpty()) {
			return Source.UNIT;
		}
		return scope.departments().isEmpty() && !scope.grids().isEmpty() ? Source.GRIDS : Source.LIVE;
	}

	/**
	 * The grids with those inside another of them left out, so that every grid code lies under at most one: the
	 * rollups' grid rows are summed once per prefix.
	 */
	static String[] outermost(List<String> grids) {
		List<String> sorted = grids.stream().sorted().toList();
		List<String> kept = new ArrayList<>();
		for (String grid : sorted) {
			if (kept.isEmpty() || !grid.startsWith(kept.get(kept.size() - 1))) {
				kept.add(grid);
			}
		}
		return kept.toArray(String[]::new);
	}
}
