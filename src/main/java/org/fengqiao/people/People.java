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

	/** The resident with this full ID number, if one is in the caller's scope (numbers masked). */
	public Optional<ResidentSummary> residentByIdNumber(String idNumber, Caller caller) {
		return residents.summaryByIdNumber(idNumber, caller);
	}
}
