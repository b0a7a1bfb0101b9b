package org.fengqiao.mediation;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseView;
import org.fengqiao.cases.Cases;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.springframework.stereotype.Component;

/**
 * The dispute a record hangs under, as the caller may see it: 404 when the case is not visible (the case's own
 * rule), 409 {@code mediation.not-a-dispute} for a case of another kind, 403 for a caller who may not write.
 */
@Component
public class DisputeCases {

	/** Who records parties, sessions, referrals and agreements: the people who mediate, within their scope. */
	static final Role[] WRITERS = { Role.CENTER_STAFF, Role.CENTER_LEADER, Role.DEPARTMENT_STAFF, Role.VILLAGE_CADRE,
			Role.GRID_MEMBER };

	private final Cases cases;

	DisputeCases(Cases cases) {
		this.cases = cases;
	}

	/** The visible dispute, for reading its records. */
	public CaseView read(String number, Caller caller) {
		CaseView c = cases.get(number, caller);
		if (c.kind() != CaseKind.DISPUTE) {
			throw ApiException.conflict("mediation.not-a-dispute", number);
		}
		return c;
	}

	/** The visible dispute, for writing a record under it. */
	public CaseView write(String number, Caller caller) {
		CaseView c = read(number, caller);
		caller.requireWrite("mediation.forbidden", WRITERS);
		return c;
	}

	/** Whether the caller may write records under the disputes they see (what the screens offer). */
	public static boolean mayWrite(Caller caller) {
		return !caller.scope().readOnly() && (caller.isAdmin() || caller.hasAny(WRITERS));
	}

	/** Whether the caller may read the dispute's records (file downloads). */
	public boolean canRead(String number, Caller caller) {
		return cases.canRead(number, caller);
	}

	/** The town (12 digits) a case's place lies in. */
	public static String townOf(CaseView c) {
		return RegionCodes.pad(c.regionCode().substring(0, 9));
	}
}
