package org.fengqiao.petition;

import java.time.Clock;

import org.fengqiao.people.People;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The confidential petitioner register: read by center leaders and the petition office only (every read audited),
 * written by the center and the petition office, each within their places.
 */
@Service
class Petitioners {

	static final String RECORD_TYPE = "petitioner";

	private final PetitionerRepository register;
	private final People people;
	private final AuditLog audit;
	private final Clock clock;

	Petitioners(PetitionerRepository register, People people, AuditLog audit, Clock clock) {
		this.register = register;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	Page<PetitionViews.Petitioner> list(String region, ControlGrade grade, Caller caller, PageQuery page) {
		PetitionAccess.requireRegisterRead(caller);
		String pattern = region == null ? "%" : RegionCodes.prefix(wellFormed(region, "region")) + "%";
		audit.record("LIST", RECORD_TYPE, region == null ? "*" : region);
		var items = register.list(pattern, grade, caller.scope(), page);
		long total = items.size() < page.size() && (!items.isEmpty() || page.page() == 0)
				? (long) page.offset() + items.size() : register.count(pattern, grade, caller.scope());
		return Page.capped(items, page, total);
	}

	PetitionViews.Petitioner get(long id, Caller caller) {
		PetitionViews.Petitioner p = register.find(id, caller.scope())
			.orElseThrow(() -> ApiException.notFound("petitioner.not-found", id));
		PetitionAccess.requireRegisterRead(caller);
		audit.record("READ", RECORD_TYPE, String.valueOf(id));
		return p;
	}

	@Transactional
	long create(PetitionRequests.Petitioner body, Caller caller) {
		PetitionAccess.requireRegisterWrite(caller);
		String region = checked(body, caller);
		long id = register.insert(body, region, caller.username(), clock.instant());
		audit.record("CREATE", RECORD_TYPE, String.valueOf(id));
		return id;
	}

	@Transactional
	void update(long id, PetitionRequests.Petitioner body, Caller caller) {
		register.find(id, caller.scope()).orElseThrow(() -> ApiException.notFound("petitioner.not-found", id));
		PetitionAccess.requireRegisterWrite(caller);
		register.update(id, body, checked(body, caller));
		audit.record("UPDATE", RECORD_TYPE, String.valueOf(id));
	}

	private String checked(PetitionRequests.Petitioner body, Caller caller) {
		String region = RegionCodes.pad(wellFormed(body.regionCode(), "regionCode"));
		if (!caller.scope().covers(region)) {
			throw ValidationException.of("regionCode", "petition.field.region");
		}
		if (body.residentId() != null) {
			try {
				people.resident(body.residentId(), caller);
			} catch (ApiException e) {
				throw ValidationException.of("residentId", "petition.field.resident");
			}
		}
		return region;
	}

	private static String wellFormed(String region, String field) {
		if (region == null || !RegionCodes.isWellFormed(region)) {
			throw ValidationException.of(field, "petition.field.region");
		}
		return region;
	}
}
