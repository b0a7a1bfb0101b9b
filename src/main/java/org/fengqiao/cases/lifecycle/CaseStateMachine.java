package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseAction;
import org.fengqiao.cases.CaseStatus;
import static org.fengqiao.cases.CaseStatus.ACCEPTED;
import static org.fengqiao.cases.CaseStatus.CLOSED;
import static org.fengqiao.cases.CaseStatus.DISPATCHED;
import static org.fengqiao.cases.CaseStatus.ESCALATED;
import static org.fengqiao.cases.CaseStatus.FEEDBACK_GIVEN;
import static org.fengqiao.cases.CaseStatus.IN_PROGRESS;
import static org.fengqiao.cases.CaseStatus.MERGED;
import static org.fengqiao.cases.CaseStatus.NOT_ACCEPTED;
import static org.fengqiao.cases.CaseStatus.RECEIVED;
import static org.fengqiao.cases.CaseStatus.REOPENED;
import static org.fengqiao.cases.CaseStatus.RESOLVED;
import static org.fengqiao.cases.CaseStatus.RETURNED;
import static org.fengqiao.cases.CaseStatus.VISITED;

import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which action each status allows and where it leads, exactly as API.md tables it.
 * It answers the state question only; who may act (403) is decided before it is asked.
 */
public final class CaseStateMachine {

	/** The states an action applies to and its target; a null target leaves the status unchanged. */
	private record Rule(Set<CaseStatus> from, CaseStatus to) {
		Rule {
			from = Set.copyOf(from);
		}
	}

	private static final Set<CaseStatus> HANDLING = Set.of(ACCEPTED, IN_PROGRESS);

	private static final Map<CaseAction, Rule> RULES = Map.ofEntries(
			Map.entry(CaseAction.DISPATCH, new Rule(EnumSet.of(RECEIVED, RETURNED, ESCALATED, REOPENED), DISPATCHED)),
			Map.entry(CaseAction.ACCEPT, new Rule(EnumSet.of(DISPATCHED), ACCEPTED)),
			Map.entry(CaseAction.RETURN, new Rule(EnumSet.of(DISPATCHED, ACCEPTED), RETURNED)),
			Map.entry(CaseAction.START, new Rule(EnumSet.of(ACCEPTED), IN_PROGRESS)),
			Map.entry(CaseAction.REPORT, new Rule(HANDLING, null)),
			Map.entry(CaseAction.RESOLVE, new Rule(HANDLING, RESOLVED)),
			Map.entry(CaseAction.ESCALATE,
					new Rule(EnumSet.of(RECEIVED, DISPATCHED, ACCEPTED, IN_PROGRESS, RETURNED), ESCALATED)),
			Map.entry(CaseAction.FEEDBACK, new Rule(EnumSet.of(RESOLVED), FEEDBACK_GIVEN)),
			Map.entry(CaseAction.VISIT, new Rule(EnumSet.of(FEEDBACK_GIVEN), VISITED)),
			Map.entry(CaseAction.CLOSE, new Rule(EnumSet.of(VISITED), CLOSED)),
			Map.entry(CaseAction.REOPEN, new Rule(EnumSet.of(VISITED, CLOSED), REOPENED)),
			Map.entry(CaseAction.MERGE, new Rule(EnumSet.of(RECEIVED, REOPENED), MERGED)),
			Map.entry(CaseAction.SUPERVISE, new Rule(EnumSet.complementOf(EnumSet.of(CLOSED, MERGED, NOT_ACCEPTED)), null)),
			Map.entry(CaseAction.EXTEND, new Rule(HANDLING, null)),
			// A request can only be pending while the case is being handled.
			Map.entry(CaseAction.APPROVE_EXTENSION, new Rule(HANDLING, null)),
			// 不予受理/不再受理: decided before the petition is signed for; final.
			Map.entry(CaseAction.NOT_ACCEPT, new Rule(EnumSet.of(RECEIVED, RETURNED, ESCALATED, DISPATCHED), NOT_ACCEPTED)));

	/** A co-unit signs for its part while the case is dispatched or being handled. */
	private static final Map<CaseAction, Set<CaseStatus>> CO_UNIT_RULES = Map.of(
			CaseAction.ACCEPT, Set.of(DISPATCHED, ACCEPTED, IN_PROGRESS),
			CaseAction.REPORT, HANDLING);

	/** The status every new case starts in. */
	public CaseStatus initial() {
		return RECEIVED;
	}

	/** The status after the lead unit, a center or an administrator takes the action. */
	public CaseStatus next(CaseStatus current, CaseAction action) {
		Rule rule = RULES.get(Objects.requireNonNull(action, "action"));
		if (!rule.from().contains(Objects.requireNonNull(current, "current"))) {
			throw new IllegalTransitionException(current, action);
		}
		return rule.to() == null ? current : rule.to();
	}

	public boolean allows(CaseStatus current, CaseAction action) {
		return RULES.get(action).from().contains(current);
	}

	/**
	 * The status after a co-unit signs for or reports on its part: always unchanged.
	 * Only ACCEPT and REPORT are co-unit actions; any other is a programming error, since
	 * the permission check (403) comes first.
	 */
	public CaseStatus nextForCoUnit(CaseStatus current, CaseAction action) {
		Set<CaseStatus> from = CO_UNIT_RULES.get(Objects.requireNonNull(action, "action"));
		if (from == null) {
			throw new IllegalArgumentException(action + " is not a co-unit action");
		}
		if (!from.contains(Objects.requireNonNull(current, "current"))) {
			throw new IllegalTransitionException(current, action);
		}
		return current;
	}
}
