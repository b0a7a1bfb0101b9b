package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseAction;
import org.fengqiao.cases.CaseStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Walks every (status, action) pair against API.md's table, copied here by hand. */
class CaseStateMachineTest {

	/** action | the states it applies to | target ("=" leaves the status unchanged). */
	private static final String EXPECTED = """
			DISPATCH          | RECEIVED RETURNED ESCALATED REOPENED                   | DISPATCHED
			ACCEPT            | DISPATCHED                                             | ACCEPTED
			RETURN            | DISPATCHED ACCEPTED                                    | RETURNED
			START             | ACCEPTED                                               | IN_PROGRESS
			REPORT            | ACCEPTED IN_PROGRESS                                   | =
			RESOLVE           | ACCEPTED IN_PROGRESS                                   | RESOLVED
			ESCALATE          | RECEIVED DISPATCHED ACCEPTED IN_PROGRESS RETURNED      | ESCALATED
			FEEDBACK          | RESOLVED                                               | FEEDBACK_GIVEN
			VISIT             | FEEDBACK_GIVEN                                         | VISITED
			CLOSE             | VISITED                                                | CLOSED
			REOPEN            | VISITED CLOSED                                         | REOPENED
			MERGE             | RECEIVED REOPENED                                      | MERGED
			SUPERVISE         | RECEIVED DISPATCHED ACCEPTED IN_PROGRESS RESOLVED \
			FEEDBACK_GIVEN VISITED RETURNED ESCALATED REOPENED                         | =
			EXTEND            | ACCEPTED IN_PROGRESS                                   | =
			APPROVE_EXTENSION | ACCEPTED IN_PROGRESS                                   | =
			NOT_ACCEPT        | RECEIVED RETURNED ESCALATED DISPATCHED                 | NOT_ACCEPTED
			""";

	/** A co-unit's own actions; both leave the status unchanged. */
	private static final String EXPECTED_FOR_CO_UNIT = """
			ACCEPT            | DISPATCHED ACCEPTED IN_PROGRESS                        | =
			REPORT            | ACCEPTED IN_PROGRESS                                   | =
			""";

	private record Row(Set<CaseStatus> from, String to) {
	}

	private final CaseStateMachine machine = new CaseStateMachine();

	private static Map<CaseAction, Row> table(String text) {
		Map<CaseAction, Row> rows = new EnumMap<>(CaseAction.class);
		text.lines().forEach(line -> {
			String[] cells = line.split("\\|");
			Set<CaseStatus> from = Arrays.stream(cells[1].trim().split("\\s+"))
					.map(CaseStatus::valueOf).collect(Collectors.toSet());
			Row previous = rows.put(CaseAction.valueOf(cells[0].trim()), new Row(from, cells[2].trim()));
			assertThat(previous).as("row listed twice: " + line).isNull();
		});
		return rows;
	}

	private static Stream<Arguments> everyPair(Map<CaseAction, Row> table) {
		return Arrays.stream(CaseStatus.values()).flatMap(status -> table.keySet().stream().map(action -> {
			Row row = table.get(action);
			CaseStatus expected = !row.from().contains(status) ? null
					: row.to().equals("=") ? status : CaseStatus.valueOf(row.to());
			return Arguments.of(status, action, expected);
		}));
	}

	static Stream<Arguments> everyStatusAndAction() {
		return everyPair(table(EXPECTED));
	}

	static Stream<Arguments> everyStatusAndCoUnitAction() {
		return everyPair(table(EXPECTED_FOR_CO_UNIT));
	}

	@Test
	void the_expected_table_lists_every_action_once() {
		assertThat(table(EXPECTED).keySet()).containsExactlyInAnyOrder(CaseAction.values());
		assertThat(everyStatusAndAction()).hasSize(CaseStatus.values().length * CaseAction.values().length);
	}

	@ParameterizedTest(name = "{0} + {1} -> {2}")
	@MethodSource("everyStatusAndAction")
	void each_action_is_allowed_exactly_in_the_states_api_md_lists(
			CaseStatus status, CaseAction action, CaseStatus expected) {
		assertThat(machine.allows(status, action)).isEqualTo(expected != null);
		if (expected != null) {
			assertThat(machine.next(status, action)).isEqualTo(expected);
		} else {
			assertRefused(() -> machine.next(status, action), status, action);
		}
	}

	@ParameterizedTest(name = "co-unit {0} + {1} -> {2}")
	@MethodSource("everyStatusAndCoUnitAction")
	void a_co_unit_signs_for_and_reports_on_its_part_without_moving_the_case(
			CaseStatus status, CaseAction action, CaseStatus expected) {
		if (expected != null) {
			assertThat(machine.nextForCoUnit(status, action)).isEqualTo(status);
		} else {
			assertRefused(() -> machine.nextForCoUnit(status, action), status, action);
		}
	}

	@Test
	void a_co_unit_cannot_take_a_lead_unit_action() {
		assertThatThrownBy(() -> machine.nextForCoUnit(CaseStatus.ACCEPTED, CaseAction.RESOLVE))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_merged_case_is_final() {
		for (CaseAction action : CaseAction.values()) {
			assertThat(machine.allows(CaseStatus.MERGED, action)).as(action.name()).isFalse();
		}
	}

	@Test
	void a_petition_not_accepted_is_final() {
		for (CaseAction action : CaseAction.values()) {
			assertThat(machine.allows(CaseStatus.NOT_ACCEPTED, action)).as(action.name()).isFalse();
		}
	}

	private static void assertRefused(Runnable attempt, CaseStatus status, CaseAction action) {
		assertThatThrownBy(attempt::run)
				.isInstanceOfSatisfying(IllegalTransitionException.class, refusal -> {
					assertThat(refusal.code()).isEqualTo("case.illegal-transition");
					assertThat(refusal.status()).isEqualTo(status);
					assertThat(refusal.action()).isEqualTo(action);
				});
	}
}
