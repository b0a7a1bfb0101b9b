package org.fengqiao.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fengqiao.identity.Accounts;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.springframework.stereotype.Component;

/** The demo accounts of API.md, all with the password {@value #PASSWORD}; they exist only in demo mode. */
@Component
class DemoAccounts {

	static final String PASSWORD = "Demo#2026";

	private static final String LONGTOU = "610722101000";
	private static final String LIUYI = "610722101213";
	private static final String WUAI = "610722101209";
	private static final String CHENGGU = "610722000000";
	private static final String ANGUO = "620802104000";
	private static final String DONGGOU = "620802104204";

	/** One demo account; {@code staffKey} links it to the generated staff member it is. */
	record DemoAccount(String username, String displayName, Role role, List<String> regions, List<String> departments,
			boolean readOnly, String staffKey) {
	}

	static final List<DemoAccount> ACCOUNTS = List.of(
			new DemoAccount("admin", "系统管理员", Role.ADMIN, List.of(RegionCodes.ROOT), List.of(), false, null),
			new DemoAccount("desk.longtou", "龙头镇综治中心受理员", Role.CENTER_STAFF, List.of(LONGTOU),
					List.of(LONGTOU + "-GOVERNANCE_CENTER"), false, "desk." + LONGTOU + ".1"),
			new DemoAccount("leader.longtou", "龙头镇综治中心主任", Role.CENTER_LEADER, List.of(LONGTOU),
					List.of(LONGTOU + "-GOVERNANCE_CENTER"), false, "leader." + LONGTOU),
			new DemoAccount("police.longtou", "龙头派出所民警", Role.DEPARTMENT_STAFF, List.of(LONGTOU),
					List.of(LONGTOU + "-POLICE_STATION"), false, null),
			new DemoAccount("judicial.longtou", "龙头司法所工作人员", Role.DEPARTMENT_STAFF, List.of(LONGTOU),
					List.of(LONGTOU + "-JUDICIAL_OFFICE"), false, null),
			new DemoAccount("grid.liuyi", "曾小明", Role.GRID_MEMBER, List.of(LIUYI), List.of(), false, "zeng.xiaoming"),
			new DemoAccount("grid.wuai", "五爱村网格员", Role.GRID_MEMBER, List.of(WUAI), List.of(), false,
					"grid." + WUAI + "001.01"),
			new DemoAccount("cadre.liuyi", "六一村村干部", Role.VILLAGE_CADRE, List.of(LIUYI),
					List.of(LIUYI + "-VILLAGE_COMMITTEE"), false, null),
			new DemoAccount("county.chenggu", "城固县综治中心（只读）", Role.COUNTY_VIEWER, List.of(CHENGGU), List.of(), true,
					null),
			new DemoAccount("center.chenggu", "城固县综治中心工作人员", Role.CENTER_STAFF, List.of(CHENGGU),
					List.of(CHENGGU + "-GOVERNANCE_CENTER"), false, null),
			new DemoAccount("desk.anguo", "安国镇综治中心受理员", Role.CENTER_STAFF, List.of(ANGUO),
					List.of(ANGUO + "-GOVERNANCE_CENTER"), false, "desk." + ANGUO + ".1"),
			new DemoAccount("cadre.donggou", "东沟村村干部", Role.VILLAGE_CADRE, List.of(DONGGOU),
					List.of(DONGGOU + "-VILLAGE_COMMITTEE"), false, null),
			new DemoAccount("petition.longtou", "龙头镇信访办工作人员", Role.DEPARTMENT_STAFF, List.of(LONGTOU),
					List.of(LONGTOU + "-PETITION_OFFICE"), false, null));

	private final Accounts accounts;

	DemoAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	void create(Map<String, Long> staffIds) {
		accounts.createDemo(ACCOUNTS.stream()
			.map(a -> new Accounts.NewAccount(a.username(), a.displayName(), PASSWORD, Set.of(a.role()), a.regions(),
					a.departments(), a.readOnly(), a.staffKey() == null ? null : staffIds.get(a.staffKey())))
			.toList());
	}
}
