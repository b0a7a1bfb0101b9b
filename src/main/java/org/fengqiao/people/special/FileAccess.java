package org.fengqiao.people.special;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fengqiao.people.residents.PeopleAccess;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Role;

/**
 * What a caller may do with files they can read (API.md "Conventions"): which files they read is
 * {@link SpecialFileVisibility}'s business. Unmask: the town's center leaders and the file's team members with
 * accounts; export: as the registers; open a file: the town center; edit and record: those who keep it.
 */
final class FileAccess {

	private static final Role[] KEEPERS = { Role.CENTER_STAFF, Role.CENTER_LEADER, Role.DEPARTMENT_STAFF,
			Role.GRID_MEMBER, Role.VILLAGE_CADRE };

	private FileAccess() {
	}

	/** The unmask permission on one file: a center leader of its town (in scope) or a member of its team. */
	static boolean mayUnmask(Caller caller, FileRepository.Row file) {
		if (caller.has(Role.CENTER_LEADER)) {
			return true;
		}
		String[] t = file.team();
		return caller.username() != null
				&& Arrays.asList(t[0], t[2], t[4], t[6]).contains(caller.username());
	}

	static boolean mayCreate(Caller caller) {
		return !caller.scope().readOnly() && (caller.isAdmin() || caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER));
	}

	static boolean mayKeep(Caller caller) {
		return !caller.scope().readOnly() && (caller.isAdmin() || caller.hasAny(KEEPERS));
	}

	/** What the caller may do on one file: update, record (visits, assessments…), unmask. */
	static List<String> fileActions(Caller caller, FileRepository.Row file) {
		List<String> actions = new ArrayList<>();
		if (mayKeep(caller)) {
			actions.add("update");
			actions.add("record");
		}
		if (mayUnmask(caller, file)) {
			actions.add("unmask");
		}
		return actions;
	}

	/** What the caller may do on the files as a whole: create, export, and (administrators) edit the code tables. */
	static List<String> listActions(Caller caller) {
		List<String> actions = new ArrayList<>();
		if (PeopleAccess.countsOnly(caller)) {
			return actions;
		}
		if (mayCreate(caller)) {
			actions.add("create");
		}
		if (PeopleAccess.mayExport(caller)) {
			actions.add("export");
		}
		if (caller.isAdmin() && !caller.scope().readOnly()) {
			actions.add("tables");
		}
		return actions;
	}
}
