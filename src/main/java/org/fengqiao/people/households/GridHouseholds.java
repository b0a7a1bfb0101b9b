package org.fengqiao.people.households;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.region.Grids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each grid's household count in {@code region} current: after a household is created, moved to another
 * grid or (de)activated, the grids it left and joined and their level-1 parents are counted again, in the same
 * transaction as the change.
 */
@Component
public class GridHouseholds {

	private final JdbcClient jdbc;
	private final Grids grids;

	GridHouseholds(JdbcClient jdbc, Grids grids) {
		this.jdbc = jdbc;
		this.grids = grids;
	}

	@ReadsAcrossScopes(reason = "counts a grid's active households for the grid register: a number, never a row")
	public void recount(Collection<String> gridCodes) {
		Set<String> all = new LinkedHashSet<>();
		for (String code : gridCodes) {
			if (code == null) {
				continue;
			}
			all.add(code);
			grids.find(code).map(org.fengqiao.region.Grid::parentCode).ifPresent(all::add);
		}
		for (String code : all) {
			int count = jdbc.sql("SELECT count(*) FROM households WHERE active AND grid_code LIKE :pattern")
				.param("pattern", code + "%").query(Integer.class).single();
			grids.countHouseholds(code, count);
		}
	}
}
