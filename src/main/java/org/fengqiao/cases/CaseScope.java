package org.fengqiao.cases;

import java.util.ArrayList;
import java.util.List;

import org.fengqiao.directory.Directory;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which cases a caller may see — the one place this is decided, for lists (SQL) and single cases (Java):
 * centers, leaders and county viewers see the cases of their regions; stations and village committees
 * the cases dispatched to them (as lead or co-unit); grid members the cases in their grids; everyone the
 * cases they reported or first received.
 */
@Component
class CaseScope {

	/** The SQL condition every case query carries, over {@code cases c}. */
	static final String CONDITION = """
			(c.region_code LIKE ANY (:scopeRegions) OR c.lead_unit = ANY (:caseUnits)
			 OR c.co_units && CAST(:caseUnits AS varchar[]) OR c.grid_code LIKE ANY (:caseGrids)
			 OR c.reported_by = :caseUser OR c.first_receiver = :caseUser)
			""";

	/** What one caller sees, resolved once per request. */
	record Visibility(String[] regionPatterns, String[] units, String[] gridPatterns, String username) {

		boolean canSee(CaseRecord c) {
			return matchesAny(c.regionCode(), regionPatterns) || contains(units, c.leadUnit())
					|| c.coUnits().stream().anyMatch(u -> contains(units, u))
					|| (c.gridCode() != null && matchesAny(c.gridCode(), gridPatterns))
					|| username.equals(c.reportedBy()) || username.equals(c.firstReceiver());
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			return spec.param(ScopeSql.PARAM, regionPatterns).param("caseUnits", units)
				.param("caseGrids", gridPatterns).param("caseUser", username);
		}

		private static boolean matchesAny(String value, String[] patterns) {
			for (String p : patterns) {
				if (value.startsWith(p.substring(0, p.length() - 1))) {
					return true;
				}
			}
			return false;
		}

		private static boolean contains(String[] values, String value) {
			if (value == null) {
				return false;
			}
			for (String v : values) {
				if (v.equals(value)) {
					return true;
				}
			}
			return false;
		}
	}

	private final Directory directory;

	CaseScope(Directory directory) {
		this.directory = directory;
	}

	Visibility of(Caller caller) {
		String[] none = new String[0];
		String[] units = caller.scope().departments().toArray(String[]::new);
		if (caller.isAdmin()) {
			return new Visibility(new String[] { "%" }, units, none, caller.username());
		}
		if (caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER, Role.COUNTY_VIEWER)) {
			return new Visibility(caller.scope().regionPatterns(), units, none, caller.username());
		}
		List<String> grids = new ArrayList<>();
		if (caller.has(Role.GRID_MEMBER)) {
			directory.gridCodesOf(caller.staffId()).forEach(g -> grids.add(g + "%"));
		}
		return new Visibility(none, units, grids.toArray(String[]::new), caller.username());
	}

	/** The center that holds the cases of a place: its town's, or its county's when received by a county. */
	static String townCenterOf(String regionCode) {
		return RegionCodes.pad(regionCode.substring(0, 9)) + "-GOVERNANCE_CENTER";
	}

	static String countyCenterOf(String regionCode) {
		return RegionCodes.pad(regionCode.substring(0, 6)) + "-GOVERNANCE_CENTER";
	}
}
