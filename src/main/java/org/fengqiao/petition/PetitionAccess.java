package org.fengqiao.petition;

import java.util.ArrayList;
import java.util.List;

import org.fengqiao.cases.CaseView;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Role;

/**
 * Who may do what with petitions, for callers who may read the case (404 comes first). The center (its staff and
 * leaders) keeps the holding; the center and the unit handling the petition record progress, visits and the reply;
 * a petitioner's identity is the center's, shown to the handling unit only when the center shares it
 * (《信访工作条例》: accusations are never passed to those accused); the register is read by center leaders and
 * the petition office only.
 */
final class PetitionAccess {

	static final String FORBIDDEN = "petition.forbidden";

	private PetitionAccess() {
	}

	/** The center staff and leaders, and administrators. */
	static boolean center(Caller caller) {
		return !caller.scope().readOnly() && (caller.isAdmin() || caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER));
	}

	/** The staff and leaders of the center holding the petition (the case loop's holding center), and administrators. */
	static boolean holdingCenter(Caller caller, CaseView c) {
		if (caller.isAdmin()) {
			return !caller.scope().readOnly();
		}
		String unit = c.holdingUnit();
		return center(caller) && unit != null && (caller.scope().hasDepartment(unit)
				|| caller.scope().regions().contains(unit.substring(0, Math.max(unit.indexOf('-'), 0))));
	}

	/** The unit handling the petition (its lead unit's staff). */
	static boolean handling(Caller caller, CaseView c) {
		return !caller.scope().readOnly() && c.leadUnit() != null && caller.scope().hasDepartment(c.leadUnit());
	}

	/** Set the holding leader and plan, the details and the petitioner: the holding center. */
	static void requireHolding(Caller caller, CaseView c) {
		if (!holdingCenter(caller, c)) {
			throw ApiException.forbidden(FORBIDDEN);
		}
	}

	/** Record progress, visits and the reply: the center or the handling unit. */
	static void requireWork(Caller caller, CaseView c) {
		if (!holdingCenter(caller, c) && !handling(caller, c)) {
			throw ApiException.forbidden(FORBIDDEN);
		}
	}

	/** Whether the caller sees who petitioned: the center always, the handling unit when shared. */
	static boolean seesPetitioner(Caller caller, CaseView c, boolean shared) {
		return caller.isAdmin() || caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER) || (shared && handling(caller, c));
	}

	/** The petition office: department staff of a PETITION_OFFICE unit. */
	static boolean petitionOffice(Caller caller) {
		return caller.has(Role.DEPARTMENT_STAFF)
				&& caller.scope().departments().stream().anyMatch(d -> d.endsWith("-PETITION_OFFICE"));
	}

	/** Read the register: center leaders and the petition office. */
	static void requireRegisterRead(Caller caller) {
		if (!(caller.isAdmin() || caller.has(Role.CENTER_LEADER) || petitionOffice(caller))) {
			throw ApiException.forbidden("petitioner.forbidden");
		}
	}

	/** Register a petitioner: the center and the petition office. */
	static void requireRegisterWrite(Caller caller) {
		if (!mayWriteRegister(caller)) {
			throw ApiException.forbidden("petitioner.forbidden");
		}
	}

	static boolean mayWriteRegister(Caller caller) {
		return !caller.scope().readOnly() && (center(caller) || petitionOffice(caller));
	}

	/**
	 * Export the register: those who may read it and hold the export permission (API.md: the town's center staff
	 * and leaders, county center staff), i.e. center leaders; the petition office reads but does not export.
	 */
	static boolean mayExportRegister(Caller caller) {
		return caller.has(Role.CENTER_LEADER);
	}

	static void requireRegisterExport(Caller caller) {
		if (!mayExportRegister(caller)) {
			throw ApiException.forbidden("petitioner.export-forbidden");
		}
	}

	/** The register page's buttons: {@code create}, {@code export}. */
	static List<String> registerActions(Caller caller) {
		List<String> actions = new ArrayList<>();
		if (mayWriteRegister(caller)) {
			actions.add("create");
		}
		if (mayExportRegister(caller)) {
			actions.add("export");
		}
		return actions;
	}
}
