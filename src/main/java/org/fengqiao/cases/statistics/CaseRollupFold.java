package org.fengqiao.cases.statistics;

import org.fengqiao.platform.db.RollupFold;
import org.springframework.stereotype.Component;

/** The case rollups' slots (spread by case id while a case is open), folded by {@code case_rollups_fold}. */
@Component
class CaseRollupFold implements RollupFold {

	@Override
	public String function() {
		return "case_rollups_fold";
	}
}
