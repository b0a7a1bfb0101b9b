package org.fengqiao.cases;

import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.calendar.WorkingDayCalendar;

/**
 * Walks one demo case through its lifecycle: each action changes the row exactly as {@link CaseActions}
 * does, is checked by the real {@link CaseStateMachine} and timed by {@link CaseClock} and
 * {@link PetitionTimeLimits}; before each action the sweeper's marks that fell due are added. An action at
 * or after {@code end} is not taken (it returns false): the walk stops there and the case stays open.
 */
final class DemoCaseWalk {

	private final CaseStateMachine machine = new CaseStateMachine();
	private final CaseClock clock;
	private final PetitionTimeLimits petitions;
	private final SlaPolicy sla;
	private final CaseKind kind;
	private final Instant end;
	final DemoCaseRow row = new DemoCaseRow();

	DemoCaseWalk(WorkingDayCalendar calendar, SlaPolicy sla, CaseKind kind, Instant end) {
		this.clock = new CaseClock(calendar);
		this.petitions = new PetitionTimeLimits(calendar);
		this.sla = sla;
		this.kind = kind;
		this.end = end;
	}

	Instant last() {
		return row.last();
	}

	CaseStatus status() {
		return row.status;
	}

	void create(Instant at, String actor, CaseLevel level, String holdingUnit) {
		row.status = machine.initial();
		row.level = level;
		row.holdingUnit = holdingUnit;
		row.receivedAt = at;
		row.add(at, actor, "CREATE", null, row.status, null, null);
	}

	boolean dispatch(Instant at, String actor, String lead, List<String> co, boolean village, String comment) {
		if (!open(at)) {
			return false;
		}
		CaseStatus to = machine.next(row.status, CaseAction.DISPATCH);
		row.level = row.level == CaseLevel.COUNTY ? CaseLevel.COUNTY : village ? CaseLevel.VILLAGE : CaseLevel.TOWN;
		row.leadUnit = lead;
		row.coUnits = List.copyOf(co);
		row.dispatchedAt = at;
		row.signForDeadline = kind == CaseKind.PETITION ? petitions.acceptanceDueAt(row.receivedAt)
				: clock.signForDeadline(at, sla.signForHours());
		row.acceptedAt = row.dueAt = row.warningAt = null;
		row.warning = row.overdue = row.signForOverdue = false;
		row.extensionDays = null;
		row.extensionReason = null;
		row.coUnitRows.clear();
		co.forEach(u -> row.coUnitRows.put(u, new DemoCaseRow.CoUnit(u)));
		String units = String.join(",", co.stream().map(u -> "\"" + u + "\"").toList());
		row.add(at, actor, "DISPATCH", row.status, to, comment,
				"{\"leadUnit\":\"" + lead + "\",\"coUnits\":[" + units + "],\"level\":\"" + row.level + "\"}");
		return true;
	}

	/** The lead unit signs for the case: the handling clock starts. */
	boolean accept(Instant at, String actor) {
		if (!open(at)) {
			return false;
		}
		CaseStatus to = machine.next(row.status, CaseAction.ACCEPT);
		row.acceptedAt = at;
		row.dueAt = kind == CaseKind.PETITION ? petitions.handlingDueAt(at)
				: clock.handlingDueAt(at, sla.handlingWorkingDays());
		row.warningAt = clock.warningAt(at, row.dueAt, sla.warningFraction());
		row.add(at, actor, "ACCEPT", row.status, to, null, null);
		return true;
	}

	boolean coUnitAccept(Instant at, String actor, String unit) {
		if (!open(at)) {
			return false;
		}
		machine.nextForCoUnit(row.status, CaseAction.ACCEPT);
		row.coUnitRows.get(unit).acceptedAt = at;
		row.add(at, actor, "ACCEPT", row.status, row.status, null, "{\"coUnit\":\"" + unit + "\"}");
		return true;
	}

	boolean coUnitReport(Instant at, String actor, String unit, String result) {
		if (!open(at)) {
			return false;
		}
		machine.nextForCoUnit(row.status, CaseAction.REPORT);
		DemoCaseRow.CoUnit part = row.coUnitRows.get(unit);
		part.reportedAt = at;
		part.result = result;
		part.acceptedAt = part.acceptedAt == null ? at : part.acceptedAt;
		row.add(at, actor, "REPORT", row.status, row.status, result, "{\"coUnit\":\"" + unit + "\"}");
		return true;
	}

	boolean start(Instant at, String actor) {
		return simple(at, actor, CaseAction.START, null, null);
	}

	boolean resolve(Instant at, String actor, String result) {
		if (!open(at)) {
			return false;
		}
		if (row.coUnitRows.values().stream().anyMatch(p -> p.reportedAt == null)) {
			throw new IllegalStateException("co-units pending");
		}
		CaseStatus to = machine.next(row.status, CaseAction.RESOLVE);
		row.resolvedAt = at;
		row.resolvedOnTime = row.dueAt == null || !at.isAfter(row.dueAt);
		row.add(at, actor, "RESOLVE", row.status, to, result, null);
		return true;
	}

	/** One level up; to the county center's queue when the county is reached. */
	boolean escalate(Instant at, String actor, String reason, String countyCenter) {
		if (!open(at)) {
			return false;
		}
		CaseStatus to = machine.next(row.status, CaseAction.ESCALATE);
		row.level = row.level.next().orElseThrow();
		row.holdingUnit = row.level == CaseLevel.COUNTY ? countyCenter : row.holdingUnit;
		row.stopClocks();
		row.add(at, actor, "ESCALATE", row.status, to, reason,
				"{\"level\":\"" + row.level + "\",\"holdingUnit\":\"" + row.holdingUnit + "\"}");
		return true;
	}

	boolean returnCase(Instant at, String actor, String reason) {
		return stop(at, actor, CaseAction.RETURN, reason);
	}

	boolean reopen(Instant at, String actor, String reason) {
		if (!stop(at, actor, CaseAction.REOPEN, reason)) {
			return false;
		}
		row.resolvedAt = row.closedAt = null;
		row.resolvedOnTime = null;
		row.satisfaction = null;
		return true;
	}

	boolean feedback(Instant at, String actor, FeedbackMethod method, String message) {
		return simple(at, actor, CaseAction.FEEDBACK, message, "{\"method\":\"" + method + "\"}");
	}

	boolean visit(Instant at, String actor, Satisfaction rating, String comment) {
		if (!simple(at, actor, CaseAction.VISIT, comment, "{\"satisfaction\":\"" + rating + "\"}")) {
			return false;
		}
		row.satisfaction = rating;
		return true;
	}

	boolean close(Instant at, String actor, String comment) {
		if (!simple(at, actor, CaseAction.CLOSE, comment, null)) {
			return false;
		}
		row.closedAt = row.last();
		return true;
	}

	boolean supervise(Instant at, String actor, SupervisionLevel level, String comment) {
		if (!simple(at, actor, CaseAction.SUPERVISE, comment, "{\"level\":\"" + level + "\"}")) {
			return false;
		}
		row.supervision = level;
		return true;
	}

	boolean extend(Instant at, String actor, int days, String reason) {
		if (!simple(at, actor, CaseAction.EXTEND, reason, "{\"days\":" + days + "}")) {
			return false;
		}
		row.extensionDays = days;
		row.extensionReason = reason;
		return true;
	}

	/** The handling body's head approves the pending request: the due date moves by that many working days. */
	boolean approveExtension(Instant at, String actor, String comment) {
		int days = row.extensionDays;
		if (!simple(at, actor, CaseAction.APPROVE_EXTENSION, comment, "{\"approved\":true,\"days\":" + days + "}")) {
			return false;
		}
		row.dueAt = clock.extendDue(row.dueAt, days);
		row.warningAt = clock.warningAt(row.acceptedAt, row.dueAt, sla.warningFraction());
		row.warning = !row.warningAt.isAfter(row.last());
		row.overdue = false;
		row.extensionDays = null;
		row.extensionReason = null;
		row.extensionsGranted++;
		return true;
	}

	/** The sweeper's marks up to the end of the history. */
	DemoCaseRow finish() {
		row.sweep(end);
		return row;
	}

	/** Whether an action at that moment still lies before the end of the history; if so, the marks due by then. */
	private boolean open(Instant at) {
		if (!at.isBefore(end)) {
			return false;
		}
		row.sweep(at);
		return true;
	}

	private boolean stop(Instant at, String actor, CaseAction action, String reason) {
		if (!open(at)) {
			return false;
		}
		CaseStatus to = machine.next(row.status, action);
		row.stopClocks();
		row.add(at, actor, action.name(), row.status, to, reason, null);
		return true;
	}

	private boolean simple(Instant at, String actor, CaseAction action, String comment, String data) {
		if (!open(at)) {
			return false;
		}
		row.add(at, actor, action.name(), row.status, machine.next(row.status, action), comment, data);
		return true;
	}
}
