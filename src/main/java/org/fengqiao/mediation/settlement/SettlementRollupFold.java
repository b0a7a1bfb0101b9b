package org.fengqiao.mediation.settlement;

import org.fengqiao.platform.db.RollupFold;
import org.springframework.stereotype.Component;

/** The settlement rollups' slots (spread by the case number's last character), folded by {@code settlement_rollups_fold}. */
@Component
class SettlementRollupFold implements RollupFold {

	@Override
	public String function() {
		return "settlement_rollups_fold";
	}
}
