package org.fengqiao.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one demo case's row as its walk leaves them, its co-unit parts and its timeline; and the
 * marks the clock sweeper (running every minute) writes once a limit has passed, exactly as
 * {@link ClockSweeper} sets them.
 */
final class DemoCaseRow {

	/** One timeline entry, before it has a case id. */
	record Event(Instant at, String actor, String action, CaseStatus from, CaseStatus to, String comment, String data) {
	}

	/** A co-unit's part: signed for and reported on. */
	static final class CoUnit {
		final String unit;
		Instant acceptedAt;
		Instant reportedAt;
		String result;

		CoUnit(String unit) {
			this.unit = unit;
		}
	}

	final List<Event> events = new ArrayList<>();
	final Map<String, CoUnit> coUnitRows = new LinkedHashMap<>();
	CaseStatus status;
	CaseLevel level;
	String holdingUnit;
	String leadUnit;
	List<String> coUnits = List.of();
	Instant receivedAt, dispatchedAt, signForDeadline, acceptedAt, dueAt, warningAt, resolvedAt, closedAt, updatedAt;
	boolean warning, overdue, signForOverdue;
	Boolean resolvedOnTime;
	SupervisionLevel supervision;
	Integer extensionDays;
	String extensionReason;
	int extensionsGranted;
	Satisfaction satisfaction;

	/** The time of the latest event. */
	Instant last() {
		return updatedAt;
	}

	/** Appends an event (never before the previous one) and moves the status. */
	void add(Instant at, String actor, String action, CaseStatus from, CaseStatus to, String comment, String data) {
		Instant when = updatedAt != null && at.isBefore(updatedAt) ? updatedAt : at;
		events.add(new Event(when, actor, action, from, to, comment, data));
		if (to != null) {
			status = to;
		}
		updatedAt = when;
	}

	/** A return, escalation or reopening stops the clocks (CaseActions' CLOCKS_STOPPED). */
	void stopClocks() {
		leadUnit = null;
		coUnits = List.of();
		dispatchedAt = signForDeadline = acceptedAt = dueAt = warningAt = null;
		warning = overdue = signForOverdue = false;
		extensionDays = null;
		extensionReason = null;
	}

	/** What the sweeper has marked by {@code until}: a warning, a late sign-for, an overdue case (auto-supervised). */
	void sweep(Instant until) {
		if (!warning && warningAt != null && resolvedAt == null && !tick(warningAt).isAfter(until)) {
			warning = true;
			add(tick(warningAt), "system", "WARNING", status, status, "临近办理时限", null);
		}
		if (!signForOverdue && signForDeadline != null && acceptedAt == null && status == CaseStatus.DISPATCHED
				&& !tick(signForDeadline).isAfter(until)) {
			signForOverdue = true;
			add(tick(signForDeadline), "system", "OVERDUE", status, status, "超过签收时限未签收", "{\"limit\":\"SIGN_FOR\"}");
		}
		if (!overdue && dueAt != null && resolvedAt == null && !tick(dueAt).isAfter(until)) {
			overdue = true;
			add(tick(dueAt), "system", "OVERDUE", status, status, "已超过办理时限", null);
			if (supervision == null) {
				supervision = SupervisionLevel.GENERAL;
				add(tick(dueAt), "system", "AUTO_SUPERVISE", status, status, "超期自动督办", "{\"level\":\"GENERAL\"}");
			}
		}
	}

	/** Within a minute of the limit, as a sweep every minute marks it. */
	private static Instant tick(Instant limit) {
		return limit.plusSeconds(1 + Math.floorMod(limit.getEpochSecond() * 31, 59));
	}
}
