package org.fengqiao.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a caller may see, built once by {@code identity} (at login and at each token lookup) from the user's
 * roles and data permission, so that no module looks at roles to scope its data. Every repository filters
 * by it through {@link ScopeSql}, in SQL for lists and with a rule's Java twin for one record.
 *
 * @param regions region subtrees (12-digit codes): the registers (grids, staff, departments) of these places
 * @param departments the units the caller works for: records sent to them
 * @param grids the grids the caller is responsible for (a grid member): records located in them or their sub-grids
 * @param username the caller: records they reported or received
 * @param staffId the caller's staff record, if any
 * @param readOnly the caller may read but never write
 * @param wholeRegions the caller sees every record of its regions (centers, leaders, county viewers,
 *        administrators), not only those sent to its units, in its grids or its own
 */
public record DataScope(List<String> regions, List<String> departments, List<String> grids, String username,
		Long staffId, boolean readOnly, boolean wholeRegions) {

	public DataScope {
		regions = List.copyOf(regions);
		departments = List.copyOf(departments);
		grids = List.copyOf(grids);
	}

	/** A scope over regions and departments only, seeing whole regions (tests and system callers). */
	public DataScope(List<String> regions, List<String> departments, boolean readOnly) {
		this(regions, departments, List.of(), null, null, readOnly, true);
	}

	/** The system's own scope: everything. */
	public static DataScope everything() {
		return new DataScope(List.of(RegionCodes.ROOT), List.of(), List.of(), "system", null, false, true);
	}

	/** The region is inside one of the scope's subtrees. */
	public boolean covers(String regionCode) {
		return regionCode != null && regions.stream().anyMatch(r -> RegionCodes.isWithin(regionCode, r));
	}

	/**
	 * The scope sees every case and record of the region: it sees whole regions and covers this one. Rollups of a
	 * region are exact for such a caller only.
	 */
	public boolean seesAllOf(String regionCode) {
		return wholeRegions && covers(regionCode);
	}

	/** The region is inside the scope, or is an ancestor of a scope region (a breadcrumb). */
	public boolean touches(String regionCode) {
		return covers(regionCode) || (regionCode != null && ancestors().contains(RegionCodes.pad(regionCode)));
	}

	public boolean hasDepartment(String departmentCode) {
		return departments.contains(departmentCode);
	}

	/** The significant prefixes of the region subtrees ("" for the whole country). */
	String[] regionPrefixes() {
		return regions.stream().map(RegionCodes::prefix).distinct().toArray(String[]::new);
	}

	/** The padded codes of every ancestor of a scope region (not the regions themselves). */
	List<String> ancestors() {
		Set<String> out = new LinkedHashSet<>();
		for (String r : regions) {
			String prefix = RegionCodes.prefix(r);
			for (int length : new int[] { 2, 4, 6, 9 }) {
				if (length < prefix.length()) {
					out.add(RegionCodes.pad(prefix.substring(0, length)));
				}
			}
			if (!prefix.isEmpty()) {
				out.add(RegionCodes.ROOT);
			}
		}
		return new ArrayList<>(out);
	}

	/** Every proper prefix of a scope region's significant prefix (for rules stored as free prefixes). */
	List<String> ancestorPrefixes() {
		Set<String> out = new LinkedHashSet<>();
		for (String r : regions) {
			String prefix = RegionCodes.prefix(r);
			for (int length = 1; length < prefix.length(); length++) {
				out.add(prefix.substring(0, length));
			}
		}
		return new ArrayList<>(out);
	}
}
