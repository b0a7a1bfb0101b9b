package org.fengqiao.cases;

import java.time.Instant;

/**
 * Published in the same transaction as every case change (intake, each action, each sweeper mark), for
 * other modules to keep their own numbers: {@code action} is the timeline's action name.
 */
public record CaseChanged(String number, CaseKind kind, String action, CaseStatus fromStatus, CaseStatus toStatus,
		String regionCode, Instant at) {
}
