package org.fengqiao.demo;

import java.util.List;

/** The whole demo data set: regions, grids, departments and staff, each ordered deterministically. */
public record DemoDataSet(List<DemoRegion> regions, List<DemoGrid> grids, List<DemoDepartment> departments,
						  List<DemoStaff> staff) {

	public DemoDataSet {
		regions = List.copyOf(regions);
		grids = List.copyOf(grids);
		departments = List.copyOf(departments);
		staff = List.copyOf(staff);
	}
}
