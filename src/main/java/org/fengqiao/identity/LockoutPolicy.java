package org.fengqiao.identity;

import java.time.Duration;
import java.time.Instant;

/** Five failed logins in a row lock an account for fifteen minutes. */
record LockoutPolicy(int maxFailures, Duration lockFor) {

	static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

	boolean isLocked(Instant lockedUntil, Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/** After this failure count, the account locks until the returned instant; null if it stays open. */
	Instant lockAfter(int failures, Instant now) {
		return failures >= maxFailures ? now.plus(lockFor) : null;
	}
}
