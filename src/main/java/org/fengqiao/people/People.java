package org.fengqiao.people;

import java.util.Optional;

import org.fengqiao.people.residents.Residents;
import org.fengqiao.platform.Caller;
import org.springframework.stereotype.Service;

/** The people module's API for other modules: read a resident within the caller's scope. */
@Service
public class People {

	private final Residents residents;

	People(Residents residents) {
		this.residents = residents;
	}

	/** A resident in the caller's scope, numbers masked; 404 ({@code people.resident-not-found}) otherwise. */
	public ResidentSummary resident(long id, Caller caller) {
		return residents.summary(id, caller);
	}

	/** A resident's basic facts for a document about them, in the caller's scope (phone masked); 404 otherwise. */
	public ResidentDetails residentDetails(long id, Caller caller) {
		var v = residents.get(id, caller);
		return new ResidentDetails(v.id(), v.name(), v.gender(), v.ethnicity(), v.birthDate(), v.occupation(),
				v.householdAddress(), v.phone(), v.regionCode());
	}

	/** The resident with this full ID number, if one is in the caller's scope (numbers masked). */
	public Optional<ResidentSummary> residentByIdNumber(String idNumber, Caller caller) {
		return residents.summaryByIdNumber(idNumber, caller);
	}
}
