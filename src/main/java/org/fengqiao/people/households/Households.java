package org.fengqiao.people.households;

import java.time.Clock;
import java.util.List;

import org.fengqiao.people.residents.PeopleAccess;
import org.fengqiao.people.residents.ResidentRepository;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The household register: create, change, read and list households within the caller's scope. */
@Service
public class Households {

	/** What a household write sends. */
	public record HouseholdInput(String regionCode, String gridCode, String address, String houseNumber,
			Boolean securityHead, Long headId, Boolean active, Integer version) {
	}

	private final HouseholdRepository households;
	private final ResidentRepository residents;
	private final Places places;
	private final GridHouseholds counts;
	private final AuditLog audit;
	private final Clock clock;

	Households(HouseholdRepository households, ResidentRepository residents, Places places, GridHouseholds counts,
			AuditLog audit, Clock clock) {
		this.households = households;
		this.residents = residents;
		this.places = places;
		this.counts = counts;
		this.audit = audit;
		this.clock = clock;
	}

	/** A household in scope, for a caller who may see rows; 404 outside the scope. */
	public HouseholdRecord get(long id, Caller caller) {
		HouseholdRecord h = households.find(id, caller.scope())
			.orElseThrow(() -> ApiException.notFound("people.household-not-found", id));
		PeopleAccess.requireRows(caller);
		return h;
	}

	public Page<HouseholdRecord> list(HouseholdRepository.Filter filter, Caller caller, PageQuery page) {
		long total = households.count(filter, caller.scope());
		List<HouseholdRecord> items = PeopleAccess.countsOnly(caller) ? List.of()
				: households.page(filter, caller.scope(), page);
		return new Page<>(items, page.page(), page.size(), Math.min(total, 10_000), total <= 10_000);
	}

	@Transactional
	public HouseholdRecord create(HouseholdInput in, Caller caller) {
		PeopleAccess.requireWrite(caller);
		String address = address(in.address());
		Places.Place place = places.check(in.regionCode(), in.gridCode(), caller);
		if (households.addressTaken(place.regionCode(), address, 0)) {
			throw ApiException.conflict("people.household-exists", address);
		}
		long id = households.insert(place.regionCode(), place.gridCode(), address, trim(in.houseNumber()),
				Boolean.TRUE.equals(in.securityHead()), clock.instant());
		counts.recount(List.of(place.gridCode()));
		audit.record("HOUSEHOLD_CREATE", "household", Long.toString(id));
		return households.find(id, caller.scope()).orElseThrow();
	}

	/** Changes a household; moving it to another grid of its village moves its members and both grids' counts. */
	@Transactional
	public HouseholdRecord update(long id, HouseholdInput in, Caller caller) {
		HouseholdRecord current = get(id, caller);
		PeopleAccess.requireWrite(caller);
		String address = address(in.address());
		Places.Place place = places.check(current.regionCode(), in.gridCode() == null ? current.gridCode() : in.gridCode(),
				caller);
		if (households.addressTaken(current.regionCode(), address, id)) {
			throw ApiException.conflict("people.household-exists", address);
		}
		Long head = in.headId();
		if (head != null && residents.find(head, caller.scope()).filter(r -> Long.valueOf(id).equals(r.householdId()))
			.isEmpty()) {
			throw ValidationException.of("headId", "people.head-not-member");
		}
		int version = in.version() == null ? current.version() : in.version();
		boolean active = in.active() == null ? current.active() : in.active();
		if (!households.update(id, version, place.gridCode(), address, trim(in.houseNumber()), head,
				Boolean.TRUE.equals(in.securityHead()), active, clock.instant())) {
			throw ApiException.conflict("people.changed-meanwhile");
		}
		if (!place.gridCode().equals(current.gridCode())) {
			residents.moveHousehold(id, place.gridCode(), clock.instant());
		}
		if (!place.gridCode().equals(current.gridCode()) || active != current.active()) {
			counts.recount(List.of(current.gridCode(), place.gridCode()));
		}
		audit.record("HOUSEHOLD_UPDATE", "household", Long.toString(id));
		return households.find(id, caller.scope()).orElseThrow();
	}

	private static String address(String address) {
		String a = trim(address);
		if (a == null) {
			throw ValidationException.of("address", "people.address-required");
		}
		if (a.length() > 200) {
			throw ValidationException.of("address", "people.address-too-long");
		}
		return a;
	}

	private static String trim(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
