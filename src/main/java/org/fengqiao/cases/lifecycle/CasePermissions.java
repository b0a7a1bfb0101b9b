package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseAction;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;

/**
 * Who may take which action on a case they can see (API.md, "Cases"). A caller with no part in the
 * action gets 403; the state machine then decides 409. Administrators may take every action.
 */
public final class CasePermissions {

	/** The part the caller plays in an action. */
	enum Part {
		CENTER, LEAD_UNIT, CO_UNIT, SUPERVISOR
	}

	private CasePermissions() {
	}

	static Part check(CaseAction action, CaseRecord c, Caller caller) {
		if (caller.scope().readOnly()) {
			throw forbidden();
		}
		boolean center = caller.isAdmin() || holdsCase(c, caller);
		boolean lead = c.leadUnit() != null && caller.scope().hasDepartment(c.leadUnit());
		boolean co = c.coUnits().stream().anyMatch(caller.scope()::hasDepartment);
		return switch (action) {
			case DISPATCH, VISIT, CLOSE, REOPEN, MERGE, NOT_ACCEPT -> require(center, Part.CENTER);
			case ACCEPT -> lead || caller.isAdmin() ? Part.LEAD_UNIT : require(co, Part.CO_UNIT);
			case RETURN, START, RESOLVE, EXTEND -> require(lead || caller.isAdmin(), Part.LEAD_UNIT);
			case REPORT -> require(co || caller.isAdmin(), Part.CO_UNIT);
			case ESCALATE, FEEDBACK -> lead ? Part.LEAD_UNIT : require(center, Part.CENTER);
			case SUPERVISE -> require(caller.isAdmin() || supervises(c, caller), Part.SUPERVISOR);
			case APPROVE_EXTENSION -> require(caller.isAdmin() || (center && caller.has(Role.CENTER_LEADER)),
					Part.CENTER);
		};
	}

	/** Center staff or leaders of the center holding the case. */
	static boolean holdsCase(CaseRecord c, Caller caller) {
		return caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER)
				&& (caller.scope().hasDepartment(c.holdingUnit()) || caller.scope().regions().contains(c.holdingRegion()));
	}

	/** Town center leaders for their town's cases; county center staff and leaders for their towns. */
	static boolean supervises(CaseRecord c, Caller caller) {
		if (!caller.scope().covers(c.regionCode())) {
			return false;
		}
		if (caller.has(Role.CENTER_LEADER)) {
			return true;
		}
		return caller.has(Role.CENTER_STAFF)
				&& caller.scope().regions().stream().anyMatch(r -> RegionCodes.prefix(r).length() <= 6);
	}

	private static Part require(boolean allowed, Part part) {
		if (!allowed) {
			throw forbidden();
		}
		return part;
	}

	static ApiException forbidden() {
		return ApiException.forbidden("case.forbidden");
	}
}
