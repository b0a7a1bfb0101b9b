package org.fengqiao.cases.lifecycle;

import java.time.Instant;

/** A co-unit's part of joint handling: signed for and reported on by that unit. */
public record CoUnitPart(String unit, Instant acceptedAt, Instant reportedAt, String result) {

	static CoUnitPart fresh(String unit) {
		return new CoUnitPart(unit, null, null, null);
	}

	boolean reported() {
		return reportedAt != null;
	}
}
