package org.fengqiao.people.residents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fengqiao.people.ResidentSummary;
import org.fengqiao.people.households.GridHouseholds;
import org.fengqiao.people.households.HouseholdRecord;
import org.fengqiao.people.households.HouseholdRepository;
import org.fengqiao.people.households.Places;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.FieldError;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The resident register: write, read, list, unmask and record life events, always within the caller's scope. */
@Service
public class Residents {

	/** The clear numbers, for holders of the unmask permission. */
	public record Unmasked(long id, String idNumber, String phone) {
	}

	/** A life event as the client sends it. */
	public record EventInput(LifeEvent kind, LocalDate date, String destination, String note, Long householdId) {
	}

	private final ResidentRepository residents;
	private final ResidentHistory history;
	private final HouseholdRepository households;
	private final Places places;
	private final GridHouseholds counts;
	private final PersonalDataCipher cipher;
	private final AuditLog audit;
	private final Clock clock;

	Residents(ResidentRepository residents, ResidentHistory history, HouseholdRepository households, Places places,
			GridHouseholds counts, PersonalDataCipher cipher, AuditLog audit, Clock clock) {
		this.residents = residents;
		this.history = history;
		this.households = households;
		this.places = places;
		this.counts = counts;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	public ResidentSummary summary(long id, Caller caller) {
		ResidentRecord r = find(id, caller);
		return new ResidentSummary(r.id(), r.name(), Masks.idNumber(cipher.decrypt(r.idNumber())),
				Masks.phone(cipher.decrypt(r.phone())), r.gender(), r.birthDate(), r.regionCode(), r.gridCode(),
				r.householdId(), r.status());
	}

	public Optional<ResidentSummary> summaryByIdNumber(String idNumber, Caller caller) {
		ResidentFilter filter = new ResidentFilter(null, null, cipher.blindIndex(idNumber), null, null, null);
		return residents.page(filter, caller.scope(), new PageQuery(0, 1)).stream().findFirst()
			.map(r -> summary(r.id(), caller));
	}

	public ResidentView get(long id, Caller caller) {
		return view(find(id, caller), caller);
	}

	/** A page of residents; county viewers get the count only. */
	public Page<ResidentView> list(ResidentFilter filter, Caller caller, PageQuery page) {
		long total = residents.count(filter, caller.scope());
		List<ResidentView> items = PeopleAccess.countsOnly(caller) ? List.of()
				: residents.page(filter, caller.scope(), page).stream().map(r -> view(r, caller)).toList();
		return new Page<>(items, page.page(), page.size(), Math.min(total, 10_000), total <= 10_000);
	}

	@Transactional
	public ResidentView create(ResidentInput in, Caller caller) {
		PeopleAccess.requireWrite(caller);
		ResidentRepository.Values values = values(in, caller);
		if (residents.idOfNumber(values.idHash()).isPresent()) {
			throw ApiException.conflict("people.resident-exists");
		}
		long id = residents.insert(values, clock.instant());
		history.record(id, "REGISTERED", LocalDate.now(clock.withZone(Times.ZONE)), null, null, caller.username(),
				clock.instant());
		audit.record("RESIDENT_CREATE", "resident", Long.toString(id));
		return get(id, caller);
	}

	@Transactional
	public ResidentView update(long id, ResidentInput in, Caller caller) {
		ResidentRecord current = find(id, caller);
		PeopleAccess.requireWrite(caller);
		ResidentRepository.Values values = values(in, caller);
		if (residents.idOfNumber(values.idHash()).filter(other -> other != id).isPresent()) {
			throw ApiException.conflict("people.resident-exists");
		}
		int version = in.version() == null ? current.version() : in.version();
		if (!residents.update(id, version, values, clock.instant())) {
			throw ApiException.conflict("people.changed-meanwhile");
		}
		history.record(id, "UPDATED", LocalDate.now(clock.withZone(Times.ZONE)), null, null, caller.username(),
				clock.instant());
		refreshHouseholds(current.householdId(), values.householdId());
		audit.record("RESIDENT_UPDATE", "resident", Long.toString(id));
		return get(id, caller);
	}

	/** The clear numbers: 404 outside the scope, 403 without the unmask permission; audited. */
	@Transactional
	public Unmasked unmask(long id, Caller caller) {
		ResidentRecord r = find(id, caller);
		if (!PeopleAccess.mayUnmask(caller)) {
			throw ApiException.forbidden("people.unmask-forbidden");
		}
		audit.record("RESIDENT_UNMASK", "resident", Long.toString(id));
		return new Unmasked(id, cipher.decrypt(r.idNumber()), cipher.decrypt(r.phone()));
	}

	public List<ResidentHistory.Entry> history(long id, Caller caller) {
		find(id, caller);
		return history.of(id);
	}

	/** Records a life event: the status it leads to, the household it leaves or joins, the grids' counts. */
	@Transactional
	public ResidentView recordEvent(long id, EventInput in, Caller caller) {
		ResidentRecord r = find(id, caller);
		PeopleAccess.requireWrite(caller);
		if (in.kind() == null) {
			throw ValidationException.of("kind", "people.event.kind-required");
		}
		LocalDate today = LocalDate.now(clock.withZone(Times.ZONE));
		String status = in.kind().apply(r.status(), in.date(), r.birthDate(), today, in.destination());
		Long household = r.householdId();
		String region = r.regionCode();
		String grid = r.gridCode();
		if (in.kind() == LifeEvent.MOVED_IN && in.householdId() != null) {
			HouseholdRecord h = households.find(in.householdId(), caller.scope())
				.orElseThrow(() -> ValidationException.of("householdId", "people.household-invalid"));
			household = h.id();
			region = h.regionCode();
			grid = h.gridCode();
		}
		residents.status(id, status, household, region, grid, clock.instant());
		history.record(id, in.kind().name(), in.date(), blank(in.destination()), blank(in.note()), caller.username(),
				clock.instant());
		refreshHouseholds(r.householdId(), household);
		audit.record("RESIDENT_" + in.kind().name(), "resident", Long.toString(id));
		return get(id, caller);
	}

	private void refreshHouseholds(Long before, Long after) {
		List<String> moved = new ArrayList<>();
		for (Long h : new java.util.LinkedHashSet<>(java.util.Arrays.asList(before, after))) {
			if (h != null) {
				households.refreshActive(h, clock.instant()).ifPresent(moved::add);
			}
		}
		if (!moved.isEmpty()) {
			counts.recount(moved);
		}
	}

	private ResidentRecord find(long id, Caller caller) {
		ResidentRecord r = residents.find(id, caller.scope())
			.orElseThrow(() -> ApiException.notFound("people.resident-not-found", id));
		PeopleAccess.requireRows(caller);
		return r;
	}

	private ResidentView view(ResidentRecord r, Caller caller) {
		return new ResidentView(r.id(), r.name(), Masks.idNumber(cipher.decrypt(r.idNumber())), r.gender(),
				r.birthDate(), Masks.phone(cipher.decrypt(r.phone())), r.ethnicity(), r.occupation(), r.kind(),
				r.residencePermitUntil(), r.householdId(), r.householdAddress(), r.relation(), r.regionCode(),
				r.gridCode(), r.tags(), r.status(), r.version(), PeopleAccess.residentActions(caller));
	}

	/** Checks every field of a write, reporting all field errors at once; encrypts and hashes the numbers. */
	private ResidentRepository.Values values(ResidentInput in, Caller caller) {
		List<FieldError> errors = new ArrayList<>();
		String name = blank(in.name());
		if (name == null || name.length() > 50) {
			errors.add(new FieldError("name", "people.name-invalid"));
		}
		IdentityNumber id = null;
		try {
			id = IdentityNumber.parse(in.idNumber(), LocalDate.now(clock.withZone(Times.ZONE)));
		} catch (IdentityNumber.Invalid e) {
			errors.add(new FieldError("idNumber", e.messageKey()));
		}
		String phone = null;
		try {
			phone = PhoneNumber.parse(in.phone());
		} catch (IdentityNumber.Invalid e) {
			errors.add(new FieldError("phone", e.messageKey()));
		}
		String kind = in.kind() == null ? "REGISTERED" : in.kind();
		if (!kind.equals("REGISTERED") && !kind.equals("FLOATING")) {
			errors.add(new FieldError("kind", "people.kind-invalid"));
		}
		List<String> tags = in.tags() == null ? List.of() : in.tags().stream().map(Residents::blank)
			.filter(java.util.Objects::nonNull).distinct().toList();
		if (tags.stream().anyMatch(t -> t.length() > 30) || tags.size() > 20) {
			errors.add(new FieldError("tags", "people.tags-invalid"));
		}
		checkLength(errors, "ethnicity", in.ethnicity(), 20);
		checkLength(errors, "occupation", in.occupation(), 50);
		checkLength(errors, "relation", in.relation(), 20);
		Places.Place place = null;
		Long household = in.householdId();
		try {
			if (household != null) {
				HouseholdRecord h = households.find(household, caller.scope())
					.orElseThrow(() -> ValidationException.of("householdId", "people.household-invalid"));
				place = new Places.Place(h.regionCode(), h.gridCode());
			} else {
				place = places.check(in.regionCode(), in.gridCode(), caller);
			}
		} catch (ValidationException e) {
			errors.addAll(e.fieldKeys());
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return new ResidentRepository.Values(name, cipher.encrypt(id.value()), cipher.blindIndex(id.value()), id.gender(),
				id.birthDate(), cipher.encrypt(phone), cipher.blindIndex(phone), blank(in.ethnicity()),
				blank(in.occupation()), kind, "FLOATING".equals(kind) ? in.residencePermitUntil() : null, household,
				blank(in.relation()), place.regionCode(), place.gridCode(), tags);
	}

	private static void checkLength(List<FieldError> errors, String field, String value, int max) {
		if (value != null && value.trim().length() > max) {
			errors.add(new FieldError(field, "people.too-long"));
		}
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}
