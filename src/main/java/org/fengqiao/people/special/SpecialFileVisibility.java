package org.fengqiao.people.special;

import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.ScopeSql.Part;

/**
 * Who reads a special-population file — the one rule, over {@code special_populations f}: the town center's
 * leaders and staff (scopes seeing whole regions), the village's grid members, the town's police station (every
 * category), the town's judicial office (only files it was given: community corrections and released prisoners),
 * and the members of the file's responsibility team who have accounts. County viewers see counts only: the
 * service refuses them a file by role before this rule is asked.
 */
final class SpecialFileVisibility {

	/** Values in order: region, region, police unit, judicial unit, the four team usernames. */
	static final ScopeSql.Rule RULE = ScopeSql.rule(Part.WHOLE_REGION, "f.region_code")
		.or(Part.GRID_MEMBERS_REGION, "f.region_code")
		.or(Part.UNIT, "f.police_unit")
		.or(Part.UNIT, "f.judicial_unit")
		.or(Part.USER, "f.town_cadre_user")
		.or(Part.USER, "f.village_cadre_user")
		.or(Part.USER, "f.police_user")
		.or(Part.USER, "f.grid_member_user");

	private SpecialFileVisibility() {
	}
}
