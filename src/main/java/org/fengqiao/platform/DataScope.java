package org.fengqiao.platform;

import java.util.List;

/**
 * What a caller may see: region subtrees (12-digit codes) and departments, and whether it may write.
 * Built by {@code identity} at login; every module filters its own queries by it through {@link ScopeSql}.
 */
public record DataScope(List<String> regions, List<String> departments, boolean readOnly) {

	public DataScope {
		regions = List.copyOf(regions);
		departments = List.copyOf(departments);
	}

	public static DataScope everything() {
		return new DataScope(List.of(RegionCodes.ROOT), List.of(), false);
	}

	/** The region is inside one of the scope's subtrees. */
	public boolean covers(String regionCode) {
		return regions.stream().anyMatch(r -> RegionCodes.isWithin(regionCode, r));
	}

	/** The region is inside the scope, or is an ancestor of a scope region (a breadcrumb). */
	public boolean touches(String regionCode) {
		return covers(regionCode) || regions.stream().anyMatch(r -> RegionCodes.isWithin(r, regionCode));
	}

	public boolean hasDepartment(String departmentCode) {
		return departments.contains(departmentCode);
	}

	/** LIKE patterns of the region subtrees, for {@code region_code LIKE ANY (:scopeRegions)}. */
	public String[] regionPatterns() {
		return regions.stream().map(r -> RegionCodes.prefix(r) + "%").distinct().toArray(String[]::new);
	}
}
