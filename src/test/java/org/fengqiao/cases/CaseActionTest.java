package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class CaseActionTest {

	@ParameterizedTest(name = "{0} is /{1}")
	@CsvSource({
		"DISPATCH, dispatch", "ACCEPT, accept", "RETURN, return", "START, start", "REPORT, report",
		"RESOLVE, resolve", "ESCALATE, escalate", "FEEDBACK, feedback", "VISIT, visit", "CLOSE, close",
		"REOPEN, reopen", "MERGE, merge", "SUPERVISE, supervise", "EXTEND, extend",
		"APPROVE_EXTENSION, approve-extension"})
	void each_action_has_the_path_name_of_the_api(CaseAction action, String path) {
		assertThat(action.path()).isEqualTo(path);
		assertThat(CaseAction.fromPath(path)).hasValue(action);
	}

	@ParameterizedTest
	@EnumSource(CaseAction.class)
	void every_action_is_found_again_from_its_path(CaseAction action) {
		assertThat(CaseAction.fromPath(action.path())).hasValue(action);
	}

	@Test
	void an_unknown_or_upper_case_path_names_no_action() {
		assertThat(CaseAction.fromPath("approve_extension")).isEmpty();
		assertThat(CaseAction.fromPath("DISPATCH")).isEmpty();
		assertThat(CaseAction.fromPath("delete")).isEmpty();
		assertThat(CaseAction.fromPath(null)).isEmpty();
	}
}
