package org.fengqiao.cases.demo;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.clocks.TimeLimitPolicy;
import org.fengqiao.cases.lifecycle.LifecycleRules;
import org.fengqiao.cases.rules.RoutingRule;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.fengqiao.directory.DepartmentKind;

/**
 * The lifecycle's rules with the directory's answers remembered: the demo history walks hundreds of cases
 * against units that do not change while it runs, and asks the directory once per center and unit.
 */
public final class RememberedRules implements LifecycleRules {

	private final LifecycleRules rules;
	private final Map<String, Optional<DepartmentKind>> targets = new ConcurrentHashMap<>();
	private final Map<String, Optional<String>> centers = new ConcurrentHashMap<>();

	RememberedRules(LifecycleRules rules) {
		this.rules = rules;
	}

	@Override
	public TimeLimitPolicy timeLimits(CaseKind kind, String category, Priority priority, String regionCode) {
		return rules.timeLimits(kind, category, priority, regionCode);
	}

	@Override
	public Optional<RoutingRule> route(String category, String regionCode) {
		return rules.route(category, regionCode);
	}

	@Override
	public Optional<DepartmentKind> dispatchTarget(String holdingUnit, String unitCode) {
		return targets.computeIfAbsent(holdingUnit + " " + unitCode, k -> rules.dispatchTarget(holdingUnit, unitCode));
	}

	@Override
	public Optional<String> centerFor(CaseLevel level, String regionCode, String currentHoldingUnit) {
		return centers.computeIfAbsent(level + " " + regionCode + " " + currentHoldingUnit,
				k -> rules.centerFor(level, regionCode, currentHoldingUnit));
	}
}
