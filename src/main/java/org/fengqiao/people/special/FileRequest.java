package org.fengqiao.people.special;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/special-populations} and {@code PUT …/{id}} (resident and category fixed once created). */
record FileRequest(Long residentId, @Size(max = 2) String category, @NotNull RiskLevel riskLevel, boolean key,
		Map<String, Object> fields, @Valid Team team, @Size(max = 1000) String familySituation,
		@Size(max = 1000) String stateOfMind, @Size(max = 500) String whereabouts, @Size(max = 2000) String monthlyReview) {

	/** The responsibility team (五包一): town cadre, village cadre, police officer, grid member, family member. */
	record Team(@Valid Member townCadre, @Valid Member villageCadre, @Valid Member police, @Valid Member gridMember,
			@Valid Family family) {

		static final Team EMPTY = new Team(null, null, null, null, null);
	}

	/** A team member: a staff username where they have an account, a name always. */
	record Member(@Size(max = 64) String username, @NotBlank @Size(max = 50) String name) {
	}

	/** The family member on the team: a contact, never a user. */
	record Family(@NotBlank @Size(max = 50) String name, @Size(max = 20) String phone) {
	}
}
