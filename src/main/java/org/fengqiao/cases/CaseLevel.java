package org.fengqiao.cases;

import java.util.Optional;

/** The level holding a case; escalation moves it one level up. */
public enum CaseLevel {
	VILLAGE,
	TOWN,
	COUNTY;

	/** The level an escalation goes to; empty for the county, which has no level above. */
	public Optional<CaseLevel> next() {
		return switch (this) {
			case VILLAGE -> Optional.of(TOWN);
			case TOWN -> Optional.of(COUNTY);
			case COUNTY -> Optional.empty();
		};
	}
}
