package org.fengqiao.mediation.committees;

import java.time.Clock;
import java.util.List;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.region.Region;
import org.fengqiao.region.RegionLevel;
import org.fengqiao.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The roster of mediation committees: read by whoever sees the place; kept by administrators and the town center. */
@Service
class Committees {

	private final CommitteeRepository repository;
	private final Regions regions;
	private final Clock clock;

	Committees(CommitteeRepository repository, Regions regions, Clock clock) {
		this.repository = repository;
		this.regions = regions;
		this.clock = clock;
	}

	List<RosterView> list(String region, Caller caller) {
		String prefix = region == null ? "" : RegionCodes.prefix(regions.get(checked(region), caller.scope()).code());
		return repository.list(prefix, caller.scope()).stream().map(c -> RosterView.of(c, mayEdit(c, caller))).toList();
	}

	@Transactional
	RosterView create(CommitteeController.CommitteeBody body, Caller caller) {
		requireKeeper(caller);
		Region place = regions.get(checked(body.regionCode()), caller.scope());
		if (!caller.scope().covers(place.code())) {
			throw ApiException.notFound("region.not-found", place.code());
		}
		if (place.level() != RegionLevel.TOWN && place.level() != RegionLevel.VILLAGE) {
			throw ValidationException.of("regionCode", "mediation.field.committee-place");
		}
		String name = body.name() == null || body.name().isBlank() ? place.name() + "人民调解委员会" : body.name();
		long id = repository.insert(place.code(), name, body.shortName(), null, clock.instant());
		if (id < 0) {
			throw ApiException.conflict("mediation.committee-exists");
		}
		return view(id, caller);
	}

	@Transactional
	RosterView update(long id, CommitteeController.CommitteeBody body, Caller caller) {
		CommitteeRepository.Committee c = get(id, caller);
		requireKeeper(c, caller);
		repository.update(c.id(), body.name() == null || body.name().isBlank() ? c.name() : body.name(), body.shortName(),
				body.active() == null || body.active());
		return view(id, caller);
	}

	@Transactional
	RosterView addMediator(long id, CommitteeController.MediatorBody body, Caller caller) {
		CommitteeRepository.Committee c = get(id, caller);
		requireKeeper(c, caller);
		repository.insertMediator(c.id(), body.name(), body.kind(), body.title(), clock.instant());
		return view(id, caller);
	}

	@Transactional
	RosterView updateMediator(long id, long mediator, CommitteeController.MediatorBody body,
			Caller caller) {
		CommitteeRepository.Committee c = get(id, caller);
		requireKeeper(c, caller);
		if (repository.updateMediator(c.id(), mediator, body.name(), body.kind(), body.title(),
				body.active() == null || body.active()) == 0) {
			throw ApiException.notFound("mediation.mediator-not-found");
		}
		return view(id, caller);
	}

	private RosterView view(long id, Caller caller) {
		CommitteeRepository.Committee c = get(id, caller);
		return RosterView.of(c, mayEdit(c, caller));
	}

	CommitteeRepository.Committee get(long id, Caller caller) {
		return repository.find(id, caller.scope()).orElseThrow(() -> ApiException.notFound("mediation.committee-not-found"));
	}

	private static void requireKeeper(Caller caller) {
		caller.requireWrite("mediation.roster-forbidden", Role.CENTER_STAFF, Role.CENTER_LEADER);
	}

	/** A keeper changes only the committees of places their scope covers (not a county's seen from a town). */
	private static void requireKeeper(CommitteeRepository.Committee c, Caller caller) {
		requireKeeper(caller);
		if (!caller.scope().covers(c.regionCode())) {
			throw ApiException.forbidden("mediation.roster-forbidden");
		}
	}

	/** What the screens offer: the same rule as {@link #requireKeeper(CommitteeRepository.Committee, Caller)}. */
	static boolean mayEdit(CommitteeRepository.Committee c, Caller caller) {
		return !caller.scope().readOnly() && (caller.isAdmin() || caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER))
				&& caller.scope().covers(c.regionCode());
	}

	private static String checked(String region) {
		if (region == null || !RegionCodes.isWellFormed(region)) {
			throw ValidationException.of("regionCode", "mediation.field.region");
		}
		return region;
	}
}
