package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.ActionRequest;
import org.fengqiao.cases.CaseAction;
import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Channel;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.SupervisionLevel;
import org.fengqiao.cases.clocks.TimeLimitPolicy;
import org.fengqiao.cases.demo.DemoActionBody;
import org.fengqiao.cases.rules.RoutingRule;
import org.fengqiao.cases.rules.SlaPolicy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.fengqiao.directory.DepartmentKind;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.calendar.RealCalendar;
import org.junit.jupiter.api.Test;

/** The lifecycle's actions as pure functions: no Spring, no database, milliseconds. */
class LifecycleTest {

	private static final Instant T0 = Instant.parse("2026-03-05T06:30:00Z");
	private static final String TOWN = "610722101000";
	private static final String CENTER = TOWN + "-GOVERNANCE_CENTER";
	private static final String JUDICIAL = TOWN + "-JUDICIAL_OFFICE";
	private static final String POLICE = TOWN + "-POLICE_STATION";

	private static final LifecycleRules RULES = new LifecycleRules() {
		@Override
		public TimeLimitPolicy timeLimits(CaseKind kind, String category, Priority priority, String regionCode) {
			return TimeLimitPolicy.of(kind, SlaPolicy.defaultFor(kind), RealCalendar.load());
		}

		@Override
		public Optional<RoutingRule> route(String category, String regionCode) {
			return Optional.empty();
		}

		@Override
		public Optional<DepartmentKind> dispatchTarget(String holdingUnit, String unitCode) {
			return Set.of(JUDICIAL, POLICE).contains(unitCode)
					? Optional.of(DepartmentKind.valueOf(unitCode.substring(unitCode.indexOf('-') + 1))) : Optional.empty();
		}

		@Override
		public Optional<String> centerFor(CaseLevel level, String regionCode, String current) {
			return Optional.of(current);
		}
	};

	private static final Caller DESK = caller("desk.longtou", Role.CENTER_STAFF, CENTER);

	@Test
	void a_dispatch_starts_the_sign_for_clock_and_tells_the_lead_and_co_units() {
		CaseChange change = act(received(CaseKind.DISPUTE), CaseAction.DISPATCH, DESK,
				new DemoActionBody().lead(JUDICIAL, List.of(POLICE)).build());

		assertThat(change.after().status()).isEqualTo(CaseStatus.DISPATCHED);
		assertThat(change.after().signForDeadline()).isEqualTo(T0.plus(Duration.ofHours(SlaPolicy.DEFAULT_SIGN_FOR_HOURS)));
		assertThat(change.after().version()).isEqualTo(1);
		assertThat(change.partsAfter()).extracting(CoUnitPart::unit).containsExactly(POLICE);
		assertThat(change.notifications()).extracting(n -> n.to().unit() + " " + n.messageKey())
			.containsExactly(JUDICIAL + " notification.case.dispatched-lead", POLICE + " notification.case.dispatched-co");
		assertThat(change.events()).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("DISPATCH"));
	}

	@Test
	void a_lead_unit_cannot_resolve_while_a_co_unit_has_not_reported() {
		CaseRecord accepted = act(act(received(CaseKind.DISPUTE), CaseAction.DISPATCH, DESK,
				new DemoActionBody().lead(JUDICIAL, List.of(POLICE)).build()).after(), CaseAction.ACCEPT,
				caller("judicial.longtou", Role.DEPARTMENT_STAFF, JUDICIAL), new DemoActionBody().build()).after();
		List<CoUnitPart> pending = List.of(CoUnitPart.fresh(POLICE));

		assertThatThrownBy(() -> Lifecycle.decide(new Lifecycle.Input(accepted, pending, CaseAction.RESOLVE,
				new DemoActionBody().result("已调解").build(), caller("judicial.longtou", Role.DEPARTMENT_STAFF, JUDICIAL),
				T0, null), RULES))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("case.co-units-pending"));
	}

	@Test
	void a_station_cannot_dispatch_a_case() {
		assertThatThrownBy(() -> act(received(CaseKind.DISPUTE), CaseAction.DISPATCH,
				caller("police.longtou", Role.DEPARTMENT_STAFF, POLICE), new DemoActionBody().lead(JUDICIAL, List.of()).build()))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("case.forbidden"));
	}

	@Test
	void a_petitions_acceptance_limit_is_set_at_intake_and_survives_a_return() {
		CaseRecord petition = received(CaseKind.PETITION);
		assertThat(petition.signForDeadline()).isAfter(T0.plus(Duration.ofDays(14)));

		CaseRecord dispatched = act(petition, CaseAction.DISPATCH, DESK, new DemoActionBody().lead(JUDICIAL, List.of()).build())
			.after();
		CaseRecord returned = act(dispatched, CaseAction.RETURN, caller("judicial.longtou", Role.DEPARTMENT_STAFF, JUDICIAL),
				new DemoActionBody().reason("不属于本所").build()).after();

		assertThat(dispatched.signForDeadline()).isEqualTo(petition.signForDeadline());
		assertThat(returned.signForDeadline()).isEqualTo(petition.signForDeadline());
		assertThat(ClockMarks.SIGN_FOR_OVERDUE.due(returned, petition.signForDeadline().plusSeconds(1))).isTrue();
	}

	@Test
	void an_ordinary_cases_clocks_stop_on_a_return() {
		CaseRecord dispatched = act(received(CaseKind.DISPUTE), CaseAction.DISPATCH, DESK,
				new DemoActionBody().lead(JUDICIAL, List.of()).build()).after();
		CaseRecord returned = act(dispatched, CaseAction.RETURN, caller("judicial.longtou", Role.DEPARTMENT_STAFF, JUDICIAL),
				new DemoActionBody().reason("不属于本所").build()).after();

		assertThat(returned.signForDeadline()).isNull();
		assertThat(ClockMarks.nextLimit(returned)).isNull();
	}

	@Test
	void an_overdue_case_is_supervised_automatically_once() {
		CaseRecord accepted = act(act(received(CaseKind.DISPUTE), CaseAction.DISPATCH, DESK,
				new DemoActionBody().lead(JUDICIAL, List.of()).build()).after(), CaseAction.ACCEPT,
				caller("judicial.longtou", Role.DEPARTMENT_STAFF, JUDICIAL), new DemoActionBody().build()).after();
		Instant late = accepted.dueAt().plusSeconds(1);

		CaseChange overdue = ClockMarks.OVERDUE.apply(accepted, late);

		assertThat(overdue.after().supervision()).isEqualTo(SupervisionLevel.GENERAL);
		assertThat(overdue.events()).extracting(CaseEvent::action).containsExactly("OVERDUE", "AUTO_SUPERVISE");
		assertThat(ClockMarks.OVERDUE.due(overdue.after(), late.plus(Duration.ofDays(9)))).isFalse();
	}

	private static CaseChange act(CaseRecord c, CaseAction action, Caller caller, ActionRequest body) {
		return Lifecycle.decide(new Lifecycle.Input(c, List.of(), action, body, caller, T0, null), RULES);
	}

	private static CaseRecord received(CaseKind kind) {
		TimeLimitPolicy limits = RULES.timeLimits(kind, null, Priority.NORMAL, "610722101213");
		Instant signFor = limits.signForDeadlineAtIntake(T0);
		return new CaseRepository.NewCase(kind, "X", Channel.WINDOW, "标题", "描述", Priority.NORMAL, CaseLevel.TOWN,
				"610722101213", null, null, null, null, null, null, null, null, null, CENTER, "desk.longtou",
				"desk.longtou", T0, T0, null, null, signFor, signFor == null ? null : limits.warningAt(T0, signFor))
			.received(TOWN.substring(0, 9) + "-2026-000001");
	}

	private static Caller caller(String username, Role role, String unit) {
		return new Caller(username, username, Set.of(role), new DataScope(List.of(TOWN), List.of(unit), false), null);
	}
}
