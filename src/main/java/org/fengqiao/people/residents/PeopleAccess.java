package org.fengqiao.people.residents;

import java.util.ArrayList;
import java.util.List;

import org.fengqiao.directory.DepartmentKind;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Role;

/**
 * Who may do what with the registers (API.md "Conventions", DESIGN.md "Data rules"): which rows a caller sees
 * is the scope rule's business; this says what they may do with them.
 */
public final class PeopleAccess {

	private PeopleAccess() {
	}

	/**
	 * The SQL expression naming the police station of the town a 12-digit region column lies in (a unit code is
	 * {@code <town>-POLICE_STATION}): the rules' column for "the town's police station reads its registers".
	 */
	public static String townPoliceUnit(String regionColumn) {
		return "(substr(" + regionColumn + ", 1, 9) || '000-" + DepartmentKind.POLICE_STATION.name() + "')";
	}

	/** County viewers see counts only, never a person. */
	public static boolean countsOnly(Caller caller) {
		return caller.has(Role.COUNTY_VIEWER) && !caller.isAdmin();
	}

	/** Refuses (403) a caller who may see counts only. */
	public static void requireRows(Caller caller) {
		if (countsOnly(caller)) {
			throw ApiException.forbidden("people.counts-only");
		}
	}

	/** Refuses (403) a caller who may not write the registers. */
	public static void requireWrite(Caller caller) {
		caller.requireWrite("people.forbidden", Role.CENTER_STAFF, Role.CENTER_LEADER, Role.GRID_MEMBER);
	}

	public static boolean mayWrite(Caller caller) {
		return !caller.scope().readOnly()
				&& (caller.isAdmin() || caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER, Role.GRID_MEMBER));
	}

	/** The unmask permission: the town's center leaders (always audited). */
	public static boolean mayUnmask(Caller caller) {
		return caller.has(Role.CENTER_LEADER);
	}

	/** The export permission: the town's center staff and leaders, county center staff for their county. */
	public static boolean mayExport(Caller caller) {
		return caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER);
	}

	/** Imports write whole registers: center staff and leaders, administrators. */
	public static boolean mayImport(Caller caller) {
		return !caller.scope().readOnly() && (caller.isAdmin() || caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER));
	}

	/** What the caller may do on one resident in scope. */
	public static List<String> residentActions(Caller caller) {
		List<String> actions = new ArrayList<>();
		if (mayWrite(caller)) {
			actions.add("update");
			actions.add("event");
		}
		if (mayUnmask(caller)) {
			actions.add("unmask");
		}
		return actions;
	}

	/** What the caller may do on the registers as a whole. */
	public static List<String> registerActions(Caller caller) {
		List<String> actions = new ArrayList<>();
		if (countsOnly(caller)) {
			return actions;
		}
		if (mayWrite(caller)) {
			actions.add("create");
		}
		if (mayImport(caller)) {
			actions.add("import");
		}
		if (mayExport(caller)) {
			actions.add("export");
		}
		return actions;
	}
}
