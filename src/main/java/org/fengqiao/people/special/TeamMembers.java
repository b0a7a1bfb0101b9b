package org.fengqiao.people.special;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Callers;
import org.fengqiao.platform.FieldError;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.ValidationException;
import org.springframework.stereotype.Component;

/**
 * Checks the usernames on a responsibility team: each must be an enabled account whose data permission lies in
 * the file's town (a region of the town or below it), since the team's members read the file by their username.
 */
@Component
class TeamMembers {

	private final Callers callers;

	TeamMembers(Callers callers) {
		this.callers = callers;
	}

	/** Field errors under {@code team.<member>.username}, each message naming the member; empty when all are fine. */
	Problems check(FileRequest.Team team, String regionCode) {
		Problems problems = new Problems(new ArrayList<>(), new LinkedHashMap<>());
		if (team == null) {
			return problems;
		}
		String town = RegionCodes.pad(RegionCodes.pad(regionCode).substring(0, 9));
		Map<String, FileRequest.Member> members = new LinkedHashMap<>();
		members.put("townCadre", team.townCadre());
		members.put("villageCadre", team.villageCadre());
		members.put("police", team.police());
		members.put("gridMember", team.gridMember());
		members.forEach((role, m) -> {
			if (m == null || m.username() == null || m.username().isBlank()) {
				return;
			}
			String field = "team." + role + ".username";
			Optional<Caller> account = callers.find(m.username().trim());
			if (account.isEmpty()) {
				problems.add(field, "special.team.unknown-user", m.username());
			} else if (account.get().scope().regions().stream().noneMatch(r -> RegionCodes.isWithin(r, town))) {
				problems.add(field, "special.team.outside-town", m.username());
			}
		});
		return problems;
	}

	/** Field errors with their messages' arguments (the username). */
	record Problems(List<FieldError> errors, Map<String, Object[]> args) {

		void add(String field, String key, String username) {
			errors.add(new FieldError(field, key));
			args.put(field, new Object[] { username });
		}

		void addTo(List<FieldError> all) {
			all.addAll(errors);
		}
	}
}
