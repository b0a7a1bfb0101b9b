package org.fengqiao.mediation.settlement;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** API.md's settlement rate: settled ÷ screened, 4 places, null when nothing was screened. */
final class SettlementRate {

	private SettlementRate() {
	}

	static BigDecimal of(long settled, long screened) {
		return screened == 0 ? null
				: BigDecimal.valueOf(settled).divide(BigDecimal.valueOf(screened), 4, RoundingMode.HALF_UP);
	}
}
