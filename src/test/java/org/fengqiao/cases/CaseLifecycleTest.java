package org.fengqiao.cases;

import org.fengqiao.cases.lifecycle.IllegalTransitionException;
import org.fengqiao.cases.lifecycle.CaseStateMachine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fengqiao.cases.CaseAction.ACCEPT;
import static org.fengqiao.cases.CaseAction.CLOSE;
import static org.fengqiao.cases.CaseAction.DISPATCH;
import static org.fengqiao.cases.CaseAction.ESCALATE;
import static org.fengqiao.cases.CaseAction.FEEDBACK;
import static org.fengqiao.cases.CaseAction.REOPEN;
import static org.fengqiao.cases.CaseAction.RESOLVE;
import static org.fengqiao.cases.CaseAction.RETURN;
import static org.fengqiao.cases.CaseAction.START;
import static org.fengqiao.cases.CaseAction.SUPERVISE;
import static org.fengqiao.cases.CaseAction.VISIT;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseLifecycleTest {

	private final CaseStateMachine machine = new CaseStateMachine();

	private List<CaseStatus> walk(CaseStatus start, CaseAction... actions) {
		List<CaseStatus> path = new ArrayList<>(List.of(start));
		CaseStatus status = start;
		for (CaseAction action : actions) {
			status = machine.next(status, action);
			path.add(status);
		}
		return path;
	}

	@Test
	void a_case_runs_the_full_path_from_intake_to_closure() {
		// given a new case
		CaseStatus created = machine.initial();
		// when it runs the load benchmark's lifecycle
		List<CaseStatus> path = walk(created, DISPATCH, ACCEPT, START, RESOLVE, FEEDBACK, VISIT, CLOSE);
		// then
		assertThat(path).containsExactly(CaseStatus.RECEIVED, CaseStatus.DISPATCHED, CaseStatus.ACCEPTED,
				CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.FEEDBACK_GIVEN, CaseStatus.VISITED,
				CaseStatus.CLOSED);
	}

	@Test
	void a_case_can_be_resolved_without_being_started() {
		assertThat(walk(CaseStatus.ACCEPTED, RESOLVE)).endsWith(CaseStatus.RESOLVED);
	}

	@Test
	void a_returned_case_goes_back_to_the_center_and_is_dispatched_again() {
		// given a case the unit refuses after signing for it
		List<CaseStatus> path = walk(CaseStatus.RECEIVED, DISPATCH, ACCEPT, RETURN, DISPATCH, ACCEPT);
		// then it is re-routed and signed for by the next unit
		assertThat(path).containsExactly(CaseStatus.RECEIVED, CaseStatus.DISPATCHED, CaseStatus.ACCEPTED,
				CaseStatus.RETURNED, CaseStatus.DISPATCHED, CaseStatus.ACCEPTED);
	}

	@Test
	void an_escalated_case_is_dispatched_by_the_next_level() {
		List<CaseStatus> path = walk(CaseStatus.RECEIVED, DISPATCH, ACCEPT, START, ESCALATE, DISPATCH);
		assertThat(path).endsWith(CaseStatus.ESCALATED, CaseStatus.DISPATCHED);
	}

	@Test
	void an_escalated_case_must_be_dispatched_before_it_is_escalated_again() {
		assertThatThrownBy(() -> machine.next(CaseStatus.ESCALATED, ESCALATE))
				.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void a_dissatisfied_resident_gets_the_case_reopened_after_the_return_visit() {
		// given a case visited after feedback
		List<CaseStatus> path = walk(CaseStatus.RESOLVED, FEEDBACK, VISIT, REOPEN, DISPATCH, ACCEPT);
		// then it is handled again
		assertThat(path).containsExactly(CaseStatus.RESOLVED, CaseStatus.FEEDBACK_GIVEN, CaseStatus.VISITED,
				CaseStatus.REOPENED, CaseStatus.DISPATCHED, CaseStatus.ACCEPTED);
	}

	@Test
	void a_closed_case_can_be_reopened_but_not_supervised() {
		assertThat(machine.next(CaseStatus.CLOSED, REOPEN)).isEqualTo(CaseStatus.REOPENED);
		assertThatThrownBy(() -> machine.next(CaseStatus.CLOSED, SUPERVISE))
				.isInstanceOf(IllegalTransitionException.class);
	}

	@Test
	void supervision_marks_a_case_without_moving_it() {
		assertThat(machine.next(CaseStatus.IN_PROGRESS, SUPERVISE)).isEqualTo(CaseStatus.IN_PROGRESS);
	}

	@Test
	void a_station_cannot_resolve_a_case_it_has_not_signed_for() {
		assertThatThrownBy(() -> machine.next(CaseStatus.DISPATCHED, RESOLVE))
				.isInstanceOfSatisfying(IllegalTransitionException.class,
						refusal -> assertThat(refusal.code()).isEqualTo(IllegalTransitionException.CODE));
	}
}
