package org.fengqiao.mediation.committees;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A committee with its roster as the API answers it, and what the caller may do with it. */
record RosterView(long id, String regionCode, String name, String shortName, String hostUnit, boolean active,
		List<CommitteeRepository.Mediator> mediators,
		@Schema(description = "`edit`: change the committee and its roster (administrators and the town center whose "
				+ "scope covers the committee's place); [] read only") List<String> allowedActions) {

	static RosterView of(CommitteeRepository.Committee c, boolean mayEdit) {
		return new RosterView(c.id(), c.regionCode(), c.name(), c.shortName(), c.hostUnit(), c.active(), c.mediators(),
				mayEdit ? List.of("edit") : List.of());
	}
}
