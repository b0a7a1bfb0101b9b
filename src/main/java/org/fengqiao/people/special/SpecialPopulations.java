package org.fengqiao.people.special;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.fengqiao.directory.Department;
import org.fengqiao.directory.DepartmentKind;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.FieldError;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.PhoneNumbers;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Special-population files: created and kept by the town, read by their rule, every read audited. */
@Service
class SpecialPopulations {

	static final String RECORD_TYPE = "special-population";

	private final FileRepository files;
	private final TeamMembers members;
	private final FollowUpSchedule schedule;
	private final PersonalDataCipher cipher;
	private final AuditLog audit;
	private final JsonMapper json;
	private final Clock clock;

	SpecialPopulations(FileRepository files, TeamMembers members, FollowUpSchedule schedule, PersonalDataCipher cipher,
			AuditLog audit, JsonMapper json, Clock clock) {
		this.files = files;
		this.members = members;
		this.schedule = schedule;
		this.cipher = cipher;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<FileViews.Summary> list(FileRepository.Filter filter, Caller caller, PageQuery page) {
		refuseCountsOnly(caller);
		return files.list(filter, caller.scope(), page, clock.instant()).map(r -> new FileViews.Summary(r.id(),
				r.residentName(), r.category(), r.risk(), r.key(), r.regionCode(), r.gridCode(), team(r), r.nextVisitDue(),
				r.overdue()));
	}

	@Transactional
	FileViews.Detail get(long id, Caller caller, List<FileViews.DutyView> duties, List<FileViews.RecordView> records) {
		FileRepository.Row r = readable(id, caller);
		audit.record("READ", RECORD_TYPE, String.valueOf(id));
		Map<String, Object> stored = json.readValue(r.fieldsJson(), new TypeReference<Map<String, Object>>() {
		});
		return new FileViews.Detail(r.id(), r.residentId(), r.residentName(), Masks.idNumber(cipher.decrypt(r.idNumber())),
				r.phone() == null ? null : Masks.phone(cipher.decrypt(r.phone())), r.category(), r.categoryName(), r.risk(),
				r.key(), r.regionCode(), r.gridCode(), team(r),
				CategoryFields.view(r.category(), stored, s -> cipher.decrypt(Base64.getDecoder().decode(s))),
				r.familySituation(), r.stateOfMind(), r.whereabouts(), r.monthlyReview(), r.reviewedOn(), r.nextVisitDue(),
				r.overdue(), duties, records, FileAccess.fileActions(caller, r));
	}

	/** The clear numbers of a file: 404 outside the rule, 403 without the unmask permission on it; audited. */
	@Transactional
	FileViews.Unmasked unmask(long id, Caller caller) {
		FileRepository.Row r = readable(id, caller);
		if (!FileAccess.mayUnmask(caller, r)) {
			throw ApiException.forbidden("special.unmask-forbidden");
		}
		audit.record("UNMASK", RECORD_TYPE, String.valueOf(id));
		Map<String, Object> stored = json.readValue(r.fieldsJson(), new TypeReference<Map<String, Object>>() {
		});
		return new FileViews.Unmasked(id, cipher.decrypt(r.idNumber()), r.phone() == null ? null : cipher.decrypt(r.phone()),
				r.familyPhone() == null ? null : cipher.decrypt(r.familyPhone()),
				CategoryFields.secrets(r.category(), stored, s -> cipher.decrypt(Base64.getDecoder().decode(s))));
	}

	/** The file if the caller may read it: 403 for county viewers (counts only), 404 outside the rule. */
	FileRepository.Row readable(long id, Caller caller) {
		refuseCountsOnly(caller);
		return files.find(id, caller.scope(), clock.instant())
			.orElseThrow(() -> ApiException.notFound("special.not-found", id));
	}

	@Transactional
	long create(FileRequest body, Caller caller) {
		caller.requireWrite("special.forbidden", Role.CENTER_STAFF, Role.CENTER_LEADER);
		List<FieldError> errors = new ArrayList<>();
		if (body.residentId() == null) {
			errors.add(new FieldError("residentId", "special.field.required"));
		}
		if (body.category() == null || !files.categoryExists(body.category())) {
			errors.add(new FieldError("category", "special.field.code"));
		}
		if (!errors.isEmpty()) {
			throw new ValidationException(errors);
		}
		FileRepository.Resident resident = files.resident(body.residentId())
			.filter(r -> caller.scope().covers(r.regionCode()))
			.orElseThrow(() -> ValidationException.of("residentId", "special.resident-not-found"));
		if (files.exists(resident.id(), body.category())) {
			throw ApiException.conflict("special.duplicate");
		}
		FileRepository.Values v = values(body, body.category(), resident.regionCode(), null);
		String town = RegionCodes.pad(resident.regionCode().substring(0, 9));
		String judicial = files.judicial(body.category()) ? Department.codeFor(town, DepartmentKind.JUDICIAL_OFFICE) : null;
		long id = files.insert(resident, body.category(), Department.codeFor(town, DepartmentKind.POLICE_STATION), judicial,
				v, clock.instant());
		schedule.schedule(schedule.policy(), id, body.category(), v.risk(), v.key(), v.dangerLevel(), today());
		audit.record("CREATE", RECORD_TYPE, String.valueOf(id));
		return id;
	}

	@Transactional
	void update(long id, FileRequest body, Caller caller) {
		caller.requireWrite("special.forbidden", Role.CENTER_STAFF, Role.CENTER_LEADER, Role.DEPARTMENT_STAFF,
				Role.GRID_MEMBER, Role.VILLAGE_CADRE);
		FileRepository.Row r = readable(id, caller);
		FileRepository.Values v = values(body, r.category(), r.regionCode(), r);
		files.update(id, v, clock.instant());
		schedule.schedule(schedule.policy(), id, r.category(), v.risk(), v.key(), v.dangerLevel(), today());
		audit.record("UPDATE", RECORD_TYPE, String.valueOf(id));
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Times.ZONE);
	}

	/**
	 * The values to store; on an update ({@code previous}) a personal number left out keeps the stored one, since
	 * the form only ever saw it masked. The team's usernames must be accounts of the file's town ({@code regionCode}).
	 */
	private FileRepository.Values values(FileRequest body, String category, String regionCode,
			FileRepository.Row previous) {
		CategoryFields.Checked checked = CategoryFields.check(category, body.fields(),
				s -> Base64.getEncoder().encodeToString(cipher.encrypt(s)));
		if (previous != null) {
			Map<String, Object> before = json.readValue(previous.fieldsJson(), new TypeReference<Map<String, Object>>() {
			});
			CategoryFields.keepSecrets(category, before, checked.stored());
		}
		List<FieldError> errors = new ArrayList<>(checked.errors());
		FileRequest.Team t = body.team() == null ? FileRequest.Team.EMPTY : body.team();
		String familyPhone = t.family() == null ? null : t.family().phone();
		boolean keepFamilyPhone = previous != null && t.family() != null && (familyPhone == null || familyPhone.isBlank());
		if (familyPhone != null && !familyPhone.isBlank() && !PhoneNumbers.isValid(familyPhone)) {
			errors.add(new FieldError("team.family.phone", "special.field.phone"));
		}
		TeamMembers.Problems team = members.check(body.team(), regionCode);
		team.addTo(errors);
		if (!errors.isEmpty()) {
			throw new ValidationException(errors, team.args());
		}
		String[] names = { user(t.townCadre()), name(t.townCadre()), user(t.villageCadre()), name(t.villageCadre()),
				user(t.police()), name(t.police()), user(t.gridMember()), name(t.gridMember()),
				t.family() == null ? null : t.family().name() };
		boolean reviewed = body.monthlyReview() != null && !body.monthlyReview().isBlank();
		return new FileRepository.Values(body.riskLevel(), body.key(), checked.dangerLevel(),
				json.writeValueAsString(checked.stored()), names,
				keepFamilyPhone ? previous.familyPhone()
						: familyPhone == null || familyPhone.isBlank() ? null : cipher.encrypt(familyPhone),
				body.familySituation(),
				body.stateOfMind(), body.whereabouts(), body.monthlyReview(), reviewed ? today() : null);
	}

	private FileViews.Team team(FileRepository.Row r) {
		String[] t = r.team();
		return new FileViews.Team(member(t[0], t[1]), member(t[2], t[3]), member(t[4], t[5]), member(t[6], t[7]),
				t[8] == null ? null : new FileViews.Family(t[8],
						r.familyPhone() == null ? null : Masks.phone(cipher.decrypt(r.familyPhone()))));
	}

	private static FileViews.Member member(String username, String name) {
		return name == null && username == null ? null : new FileViews.Member(username, name);
	}

	private static String user(FileRequest.Member m) {
		return m == null || m.username() == null || m.username().isBlank() ? null : m.username();
	}

	private static String name(FileRequest.Member m) {
		return m == null ? null : m.name();
	}

	static void refuseCountsOnly(Caller caller) {
		if (caller.has(Role.COUNTY_VIEWER) && !caller.isAdmin()) {
			throw ApiException.forbidden("special.counts-only");
		}
	}
}
