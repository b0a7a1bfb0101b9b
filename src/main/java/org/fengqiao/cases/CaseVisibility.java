package org.fengqiao.cases;

import org.fengqiao.cases.lifecycle.CaseRecord;
import java.util.List;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.ScopeSql.Part;

/**
 * Which cases a caller sees — the one rule, for lists (SQL over {@code cases c}) and single cases (its Java
 * twin): scopes that see whole regions (centers, leaders, county viewers) the cases of their regions;
 * stations and village committees the cases sent to them as lead or co-unit; grid members the cases in
 * their grids; everyone the cases they reported or first received. Records under a case (a mediation's
 * sessions, a petition's visits) follow it: join {@code cases c} and write {@value ScopeSql#PLACEHOLDER}.
 */
public final class CaseVisibility {

	/** The part of {@link #RULE} for cases sent to a unit (lead or co-unit) or lying in a grid. */
	public static final ScopeSql.Rule SENT_OR_IN_GRID = ScopeSql.rule(Part.UNIT, "c.lead_unit")
		.or(Part.UNITS, "c.co_units")
		.or(Part.GRID, "c.grid_code");

	/** The part of {@link #RULE} for the caller's own cases: reported or first received. */
	public static final ScopeSql.Rule OWN = ScopeSql.rule(Part.USER, "c.reported_by").or(Part.USER, "c.first_receiver");

	/** The rule over {@code cases c}; its values, in order: region, lead unit, co-units, grid, reporter, first receiver. */
	public static final ScopeSql.Rule RULE = ScopeSql.rule(Part.WHOLE_REGION, "c.region_code")
		.or(SENT_OR_IN_GRID)
		.or(OWN);

	private CaseVisibility() {
	}

	/** The Java twin of {@link #RULE} for a case's values. */
	public static boolean permits(DataScope scope, String regionCode, String leadUnit, List<String> coUnits,
			String gridCode, String reportedBy, String firstReceiver) {
		return RULE.permits(scope, regionCode, leadUnit, coUnits, gridCode, reportedBy, firstReceiver);
	}

	public static boolean permits(DataScope scope, CaseRecord c) {
		return permits(scope, c.regionCode(), c.leadUnit(), c.coUnits(), c.gridCode(), c.reportedBy(), c.firstReceiver());
	}
}
