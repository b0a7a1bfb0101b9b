package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.clocks.TimeLimitPolicy;
import org.fengqiao.cases.rules.RoutingRule;
import java.util.Optional;

import org.fengqiao.directory.DepartmentKind;

/**
 * The data the lifecycle's pure functions consult besides the case: time limits, routing rules and which
 * units a center may dispatch to. {@code CaseRulesLookup} answers from the database; tests and the demo
 * history answer from values.
 */
public interface LifecycleRules {

	/** The time limits of a case of that kind, category and priority in that place. */
	TimeLimitPolicy timeLimits(CaseKind kind, String category, Priority priority, String regionCode);

	/** The routing rule for a category in a region, if any (a dispatch without a lead unit follows it). */
	Optional<RoutingRule> route(String category, String regionCode);

	/** The kind of unit {@code unitCode} if the center holding the case may dispatch to it. */
	Optional<DepartmentKind> dispatchTarget(String holdingUnit, String unitCode);

	/** The governance center of the level a case escalates to, if that center exists. */
	Optional<String> centerFor(CaseLevel level, String regionCode, String currentHoldingUnit);
}
