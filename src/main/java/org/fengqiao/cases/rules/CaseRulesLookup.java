package org.fengqiao.cases.rules;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.clocks.TimeLimitPolicy;
import org.fengqiao.cases.lifecycle.LifecycleRules;
import java.util.Optional;

import org.fengqiao.directory.Department;
import org.fengqiao.directory.DepartmentKind;
import org.fengqiao.directory.Directory;
import org.fengqiao.platform.calendar.WorkingDays;
import org.springframework.stereotype.Component;

/** The lifecycle's rules as stored: SLA policies and routing rules ({@link CaseRules}), the directory, the calendar. */
@Component
public class CaseRulesLookup implements LifecycleRules {

	private final CaseRules rules;
	private final Directory directory;
	private final WorkingDays workingDays;

	CaseRulesLookup(CaseRules rules, Directory directory, WorkingDays workingDays) {
		this.rules = rules;
		this.directory = directory;
		this.workingDays = workingDays;
	}

	@Override
	public TimeLimitPolicy timeLimits(CaseKind kind, String category, Priority priority, String regionCode) {
		return TimeLimitPolicy.of(kind, rules.sla(kind, category, priority, regionCode), workingDays.calendar());
	}

	@Override
	public Optional<RoutingRule> route(String category, String regionCode) {
		return rules.route(category, regionCode).map(CaseRules.StoredRule::rule);
	}

	@Override
	public Optional<DepartmentKind> dispatchTarget(String holdingUnit, String unitCode) {
		String holdingRegion = holdingUnit.substring(0, holdingUnit.indexOf('-'));
		return directory.dispatchTarget(holdingRegion, unitCode).map(Department::kind);
	}

	@Override
	public Optional<String> centerFor(CaseLevel level, String regionCode, String currentHoldingUnit) {
		String center = level == CaseLevel.COUNTY ? Department.countyCenterOf(regionCode) : currentHoldingUnit;
		return directory.department(center).map(Department::code);
	}
}
