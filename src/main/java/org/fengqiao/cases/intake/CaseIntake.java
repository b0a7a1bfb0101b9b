package org.fengqiao.cases.intake;

import org.fengqiao.cases.Channel;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.Category;
import org.fengqiao.cases.IntakeRequest;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.clocks.TimeLimitPolicy;
import org.fengqiao.cases.lifecycle.CaseNotices;
import org.fengqiao.cases.lifecycle.CaseRecord;
import org.fengqiao.cases.lifecycle.CaseRepository;
import org.fengqiao.cases.lifecycle.LifecycleRules;
import org.fengqiao.cases.rules.CaseRules;
import org.fengqiao.directory.Department;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.fengqiao.directory.Directory;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.FieldError;
import org.fengqiao.platform.IdNumbers;
import org.fengqiao.platform.PhoneNumbers;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.platform.files.FileAttachments;
import org.fengqiao.platform.geo.Coordinates;
import org.fengqiao.platform.geo.Crs;
import org.fengqiao.region.Grid;
import org.fengqiao.region.Grids;
import org.fengqiao.region.Region;
import org.fengqiao.region.RegionLevel;
import org.fengqiao.region.Regions;
import org.springframework.stereotype.Component;

/**
 * 前台受理: checks an intake, places it (region, grid found from coordinates), numbers it and writes it with
 * its CREATE event; the holding center is the town's, or the county's when a county center receives it.
 */
@Component
public class CaseIntake {

	/** An intake checked and placed, not yet numbered: everything the repeat check and the write need. */
	public record Checked(String numberUnit, CaseRepository.NewCase row, List<UUID> attachments) {
	}

	/** How far back a report may have been made: as long as idempotency keys and unattached uploads are kept. */
	static final Duration OCCURRED_AT_MAX_AGE = Duration.ofDays(7);
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private final CaseRepository cases;
	private final CaseRules rules;
	private final LifecycleRules lifecycleRules;
	private final Regions regions;
	private final Grids grids;
	private final Directory directory;
	private final PersonalDataCipher cipher;
	private final FileAttachments files;
	private final AuditLog audit;
	private final Clock clock;

	CaseIntake(CaseRepository cases, CaseRules rules, LifecycleRules lifecycleRules, Regions regions, Grids grids,
			Directory directory, PersonalDataCipher cipher, FileAttachments files, AuditLog audit, Clock clock) {
		this.cases = cases;
		this.rules = rules;
		this.lifecycleRules = lifecycleRules;
		this.regions = regions;
		this.grids = grids;
		this.directory = directory;
		this.cipher = cipher;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** Everything intake decides without writing: who may, the category, the place, the reporter, the center. */
	public Checked check(IntakeRequest request, Caller caller) {
		caller.requireWrite("case.forbidden", Role.CENTER_STAFF, Role.CENTER_LEADER, Role.DEPARTMENT_STAFF,
				Role.GRID_MEMBER, Role.VILLAGE_CADRE);
		Category category = rules.category(request.category()).filter(c -> c.kind() == request.kind())
			.orElseThrow(() -> ValidationException.of("category", "case.category-invalid"));
		Place place = place(request.location(), caller.scope());
		IntakeRequest.Reporter reporter = checkReporter(request, category);
		String holdingUnit = holdingUnit(place.regionCode(), caller);
		if (directory.department(holdingUnit).isEmpty()) {
			throw ApiException.conflict("case.no-center", holdingUnit);
		}
		String numberUnit = RegionCodes.prefix(holdingUnit.substring(0, 12));
		CaseLevel level = numberUnit.length() == 6 ? CaseLevel.COUNTY : CaseLevel.TOWN;
		Priority priority = request.priority() == null ? Priority.NORMAL : request.priority();
		Instant now = clock.instant();
		TimeLimitPolicy limits = lifecycleRules.timeLimits(request.kind(), category.code(), priority, place.regionCode());
		Instant signFor = limits.signForDeadlineAtIntake(now);
		CaseRepository.NewCase row = new CaseRepository.NewCase(request.kind(), category.code(),
				request.channel(), request.title().trim(), request.description().trim(), priority, level,
				place.regionCode(), place.gridCode(), request.location().address(), place.lat(), place.lng(),
				reporter == null ? null : trimToNull(reporter.name()),
				reporter == null ? null : cipher.encrypt(trimToNull(reporter.phone())),
				reporter == null ? null : cipher.blindIndex(trimToNull(reporter.phone())),
				reporter == null ? null : cipher.encrypt(upper(reporter.idNumber())),
				reporter == null ? null : cipher.blindIndex(upper(reporter.idNumber())), holdingUnit,
				caller.username(), caller.username(), now, occurredAt(request.occurredAt(), now),
				request.source() == null ? null : request.source().type().trim(),
				request.source() == null ? null : request.source().id().trim(), signFor,
				signFor == null ? null : limits.warningAt(now, signFor));
		return new Checked(numberUnit, row, request.attachments() == null ? List.of() : request.attachments());
	}

	/**
	 * Numbers and writes a checked intake with its CREATE event and audit row — the last thing before the
	 * commit, since the unit's counter row stays locked from here to the commit — then attaches its files.
	 */
	public CaseRecord receive(Checked checked, String idempotencyKey, Caller caller) {
		CaseRecord c = cases.insert(checked.numberUnit(), checked.row(), checked.attachments(), idempotencyKey);
		audit.recordAs(caller.username(), "CASE_CREATE", CaseNotices.RECORD_TYPE, c.number());
		if (!checked.attachments().isEmpty()) {
			files.attach(checked.attachments(), CaseNotices.RECORD_TYPE, c.number(), caller);
		}
		return c;
	}

	/**
	 * When the reporter saw it: at most {@link #OCCURRED_AT_MAX_AGE} back (an offline phone sends its report
	 * late) and not after now (a phone's clock may run up to {@link #CLOCK_SKEW} fast); default now.
	 */
	private static Instant occurredAt(OffsetDateTime occurredAt, Instant now) {
		if (occurredAt == null) {
			return now;
		}
		Instant at = occurredAt.toInstant();
		if (at.isBefore(now.minus(OCCURRED_AT_MAX_AGE)) || at.isAfter(now.plus(CLOCK_SKEW))) {
			throw ValidationException.of("occurredAt", "case.occurred-at-invalid");
		}
		return at.isAfter(now) ? now : at;
	}

	private record Place(String regionCode, String gridCode, Double lat, Double lng) {
	}

	/** Where the case is: a village (or town) in the caller's scope, its grid found from coordinates if not given. */
	private Place place(IntakeRequest.Location location, DataScope scope) {
		Double lat = location.lat();
		Double lng = location.lng();
		if ((lat == null) != (lng == null)) {
			throw ValidationException.of(lat == null ? "location.lat" : "location.lng", "validation.required");
		}
		Grid grid = null;
		if (lat != null) {
			if (lat < -90 || lat > 90 || lng < -180 || lng > 180) {
				throw ValidationException.of("location.lat", "validation.latitude");
			}
			Coordinates.LatLng wgs = Coordinates.toWgs84(lat, lng, location.crs() == null ? Crs.WGS84 : location.crs());
			lat = wgs.lat();
			lng = wgs.lng();
			if (location.gridCode() == null) {
				grid = grids.locate(lat, lng, Crs.WGS84, DataScope.everything()).orElse(null);
			}
		}
		if (location.gridCode() != null) {
			grid = grids.find(location.gridCode())
				.orElseThrow(() -> ValidationException.of("location.gridCode", "case.grid-invalid"));
		}
		String regionCode = location.regionCode();
		if (regionCode != null && (!RegionCodes.isWellFormed(regionCode))) {
			throw ValidationException.of("location.regionCode", "region.code-invalid");
		}
		regionCode = regionCode == null ? null : RegionCodes.pad(regionCode);
		if (grid != null && regionCode != null && !grid.regionCode().equals(regionCode)) {
			if (location.gridCode() != null) {
				throw ValidationException.of("location.gridCode", "case.grid-invalid");
			}
			grid = null; // the coordinates lie outside the village the desk chose: keep the village
		}
		if (regionCode == null) {
			if (grid == null) {
				throw ValidationException.of("location.regionCode", "validation.required");
			}
			regionCode = grid.regionCode();
		}
		Region region = regions.find(regionCode)
			.filter(r -> r.level() == RegionLevel.VILLAGE || r.level() == RegionLevel.TOWN)
			.orElseThrow(() -> ValidationException.of("location.regionCode", "case.region-invalid"));
		if (!scope.covers(region.code())) {
			throw ValidationException.of("location.regionCode", "case.location-outside-scope");
		}
		return new Place(region.code(), grid == null ? null : grid.code(), lat, lng);
	}

	private static IntakeRequest.Reporter checkReporter(IntakeRequest request, Category category) {
		IntakeRequest.Reporter reporter = request.reporter();
		boolean anonymousAllowed = request.channel() == Channel.REPORT_BOX || category.anonymousAllowed();
		if (reporter == null || reporter.isEmpty()) {
			if (!anonymousAllowed) {
				throw ValidationException.of("reporter", "case.reporter-required");
			}
			return null;
		}
		List<FieldError> errors = new ArrayList<>();
		if (IntakeRequest.blank(reporter.name()) && !anonymousAllowed) {
			errors.add(new FieldError("reporter.name", "validation.required"));
		}
		if (!IntakeRequest.blank(reporter.phone()) && !PhoneNumbers.isValid(reporter.phone().trim())) {
			errors.add(new FieldError("reporter.phone", "validation.phone"));
		}
		if (!IntakeRequest.blank(reporter.idNumber()) && !IdNumbers.isValid(reporter.idNumber().trim())) {
			errors.add(new FieldError("reporter.idNumber", "validation.id-number"));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		return reporter;
	}

	/** A county center receives into its own queue; everyone else into the town center of the place. */
	private static String holdingUnit(String regionCode, Caller caller) {
		boolean countyCenter = caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER) && caller.scope().regions()
			.stream().anyMatch(r -> RegionCodes.prefix(r).length() == 6 && RegionCodes.isWithin(regionCode, r));
		return countyCenter ? Department.countyCenterOf(regionCode) : Department.townCenterOf(regionCode);
	}

	private static String trimToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private static String upper(String s) {
		String t = trimToNull(s);
		return t == null ? null : t.toUpperCase();
	}
}
