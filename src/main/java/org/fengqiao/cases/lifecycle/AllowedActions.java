package org.fengqiao.cases.lifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fengqiao.cases.ActionRequest;
import org.fengqiao.cases.CaseAction;
import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.FeedbackMethod;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.SupervisionLevel;
import org.fengqiao.cases.clocks.TimeLimitPolicy;
import org.fengqiao.cases.rules.RoutingRule;
import org.fengqiao.directory.DepartmentKind;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.springframework.http.HttpStatus;

/**
 * The actions a caller may take on a case now (the case view's {@code allowedActions}), decided by the very
 * rules that guard them: each action is tried with {@link Lifecycle#decide} on a body that fills every field.
 * A refusal for the caller (403) or the case's state (409) leaves it out; a refusal of the probe's body (400:
 * which unit, which case to merge into) keeps it, since the user's own input decides that.
 */
public final class AllowedActions {

	/** A body that answers every field an action asks for, so only who and when can refuse it. */
	private static final ActionRequest PROBE = new ActionRequest(null, null, "-", "-", FeedbackMethod.PHONE, "-",
			Satisfaction.SATISFIED, "-", "-", SupervisionLevel.GENERAL, 1, true, null, "-");

	private AllowedActions() {
	}

	/** The action names ({@code dispatch}, {@code approve-extension}, …) in the order of {@link CaseAction}. */
	public static List<String> of(CaseRecord c, List<CoUnitPart> parts, Caller caller, Instant now, LifecycleRules rules) {
		if (caller.scope().readOnly()) {
			return List.of();
		}
		LifecycleRules probing = new Probing(rules);
		List<String> allowed = new ArrayList<>();
		for (CaseAction action : CaseAction.values()) {
			try {
				Lifecycle.decide(new Lifecycle.Input(c, parts, action, PROBE, caller, now, null), probing);
				allowed.add(action.path());
			} catch (ApiException refused) {
				if (refused.status() == HttpStatus.BAD_REQUEST) {
					allowed.add(action.path());
				}
			}
		}
		return List.copyOf(allowed);
	}

	/** The rules, except that any unit counts as a dispatch target: which unit is the user's choice. */
	private record Probing(LifecycleRules rules) implements LifecycleRules {

		@Override
		public TimeLimitPolicy timeLimits(CaseKind kind, String category, Priority priority, String regionCode) {
			return rules.timeLimits(kind, category, priority, regionCode);
		}

		@Override
		public Optional<RoutingRule> route(String category, String regionCode) {
			return Optional.empty();
		}

		@Override
		public Optional<DepartmentKind> dispatchTarget(String holdingUnit, String unitCode) {
			return Optional.of(DepartmentKind.GOVERNANCE_CENTER);
		}

		@Override
		public Optional<String> centerFor(CaseLevel level, String regionCode, String currentHoldingUnit) {
			return rules.centerFor(level, regionCode, currentHoldingUnit);
		}
	}
}
