package org.fengqiao.directory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.fengqiao.region.Region;
import org.fengqiao.region.RegionLevel;
import org.fengqiao.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** The directory module API: departments and staff, within the caller's scope. */
@Service
public class Directory {

	/** Staff as written by a caller or a loader; the phone in clear. */
	public record StaffInput(String name, String gender, String phone, String departmentCode, String regionCode,
			List<FieldRole> fieldRoles, List<String> gridCodes) {
	}

	/**
	 * How long a department read by code is remembered: the lifecycle asks for the same few (is there a center to
	 * escalate to?) on every case view. Departments are never deleted, so only a rename or a change of stationing made
	 * on another node shows late, by at most this; this node forgets its own changes at once.
	 */
	static final Duration REMEMBERED = Duration.ofSeconds(5);

	private final Cache<String, Department> recent = Caffeine.newBuilder().expireAfterWrite(REMEMBERED)
		.maximumSize(10_000).executor(Runnable::run).build(); // upkeep on the caller's thread, no hand-off
	/**
	 * The units a center may dispatch to, by center and unit, as last read: every dispatch checks its units. Only
	 * units found are remembered, for {@link #REMEMBERED}: a unit taken out of dispatch on another node is refused
	 * here at most that late; this node forgets them all at its own change of any department.
	 */
	private final Cache<String, Department> targets = Caffeine.newBuilder().expireAfterWrite(REMEMBERED)
		.maximumSize(10_000).executor(Runnable::run).build();
	private final DepartmentRepository departments;
	private final StaffRepository staff;
	private final Regions regions;
	private final PersonalDataCipher cipher;
	private final AuditLog audit;
	private final Clock clock;

	Directory(DepartmentRepository departments, StaffRepository staff, Regions regions, PersonalDataCipher cipher,
			AuditLog audit, Clock clock) {
		this.departments = departments;
		this.staff = staff;
		this.regions = regions;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	/** The units a center of this town or county can dispatch to; empty when the region is outside the scope. */
	public List<Department> dispatchTargets(String regionCode, DataScope scope) {
		Region region = regions.get(regionCode, scope);
		if (region.level() != RegionLevel.TOWN && region.level() != RegionLevel.COUNTY) {
			throw ValidationException.of("region", "department.region-level");
		}
		return departments.dispatchTargets(region.code(), RegionCodes.prefix(region.code()));
	}

	/**
	 * One unit, when a center of this town or county (by code, not checked against any scope) can dispatch to it:
	 * the same rule as {@link #dispatchTargets}, one query by the unit's key instead of a region read and the list.
	 */
	public Optional<Department> dispatchTarget(String regionCode, String unitCode) {
		int digits = RegionCodes.prefix(regionCode).length();
		if (digits != 6 && digits != 9) {
			return Optional.empty();
		}
		String code = RegionCodes.pad(regionCode);
		String key = code + ' ' + unitCode;
		Department remembered = targets.getIfPresent(key);
		if (remembered != null) {
			return Optional.of(remembered);
		}
		Optional<Department> found = departments.dispatchTarget(code, RegionCodes.prefix(code), unitCode);
		found.ifPresent(d -> targets.put(key, d));
		return found;
	}

	/** The grids a staff member is responsible for (a grid member's cases are those located in them). */
	public List<String> gridCodesOf(Long staffId) {
		return staffId == null ? List.of() : staff.find(staffId).map(StaffRepository.StaffRow::gridCodes).orElse(List.of());
	}

	public Optional<Department> department(String code) {
		Department remembered = code == null ? null : recent.getIfPresent(code);
		if (remembered != null) {
			return Optional.of(remembered);
		}
		Optional<Department> found = departments.find(code);
		found.ifPresent(d -> recent.put(code, d));
		return found;
	}

	/** A department the caller may see: in its regions' towns, or its own. */
	public Department department(String code, DataScope scope) {
		return departments.find(code, scope)
			.orElseThrow(() -> ApiException.notFound("department.not-found", code));
	}

	/** A new department or station (administrators): its code is {@code <region>-<KIND>}, one per region and kind. */
	public Department createDepartment(String regionCode, DepartmentKind kind, String name, Stationing stationing,
			Caller caller) {
		caller.requireWrite("department.forbidden");
		if (kind == null || name == null || name.isBlank() || name.length() > 100) {
			throw ValidationException.of(kind == null ? "kind" : "name", "validation.required");
		}
		Region region = regions.get(regionCode, caller.scope());
		boolean village = region.level() == RegionLevel.VILLAGE;
		if (village != (kind == DepartmentKind.VILLAGE_COMMITTEE)
				|| !(village || region.level() == RegionLevel.TOWN || region.level() == RegionLevel.COUNTY)) {
			throw ValidationException.of("regionCode", "department.region-kind");
		}
		Department d = new Department(Department.codeFor(region.code(), kind), name.trim(), kind, region.code(), stationing);
		if (!departments.insert(d, clock.instant())) {
			throw ApiException.conflict("department.exists", d.code());
		}
		audit.record("DEPARTMENT_CREATE", "department", d.code());
		return d;
	}

	/** Renames a department, changes its stationing, or takes it out of dispatch (administrators). */
	public Department updateDepartment(String code, String name, Stationing stationing, boolean active, Caller caller) {
		caller.requireWrite("department.forbidden");
		department(code, caller.scope());
		if (name == null || name.isBlank() || name.length() > 100) {
			throw ValidationException.of("name", "validation.required");
		}
		departments.update(code, name.trim(), stationing, active, clock.instant());
		recent.invalidate(code);
		targets.invalidateAll();
		audit.record(active ? "DEPARTMENT_UPDATE" : "DEPARTMENT_DEACTIVATE", "department", code);
		return department(code, caller.scope());
	}

	public Page<Staff> staff(String regionCode, String department, FieldRole fieldRole, String grid, DataScope scope,
			PageQuery page) {
		String prefix = regionCode == null ? "" : RegionCodes.prefix(regions.get(regionCode, scope).code());
		StaffRepository.Filter filter = new StaffRepository.Filter(prefix, department, fieldRole, grid);
		return Page.of(staff.page(filter, scope, page).stream().map(this::masked).toList(), page,
				staff.count(filter, scope));
	}

	public Staff staff(long id, DataScope scope) {
		return masked(visibleRow(id, scope));
	}

	/** Clear phone number, for holders of the unmask permission; audited. */
	@Transactional
	public Staff unmasked(long id, Caller caller) {
		caller.requireRole("staff.unmask-forbidden", Role.CENTER_LEADER);
		StaffRepository.StaffRow row = visibleRow(id, caller.scope());
		audit.record("UNMASK", "staff", String.valueOf(id));
		return toStaff(row, cipher.decrypt(row.phoneCipher()));
	}

	@Transactional
	public Staff create(StaffInput input, Caller caller) {
		caller.requireWrite("staff.forbidden", Role.CENTER_STAFF);
		checkPlacement(input, caller.scope());
		long id = staff.insert(input.name(), input.gender(), cipher.encrypt(blankAsNull(input.phone())), input.departmentCode(),
				input.regionCode(), input.fieldRoles(), input.gridCodes(), clock.instant());
		audit.record("STAFF_CREATE", "staff", String.valueOf(id));
		return staff(id, caller.scope());
	}

	@Transactional
	public Staff update(long id, StaffInput input, Caller caller) {
		caller.requireWrite("staff.forbidden", Role.CENTER_STAFF);
		StaffRepository.StaffRow current = visibleRow(id, caller.scope());
		StaffInput placed = new StaffInput(input.name(), input.gender(), input.phone(), input.departmentCode(),
				current.regionCode(), input.fieldRoles(), input.gridCodes());
		checkPlacement(placed, caller.scope());
		// the phone is only ever shown masked: left out it stays as stored, an empty string removes it
		byte[] phone = input.phone() == null ? current.phoneCipher() : cipher.encrypt(blankAsNull(input.phone()));
		staff.update(id, input.name(), input.gender(), phone, input.departmentCode(),
				input.fieldRoles(), input.gridCodes(), clock.instant());
		audit.record("STAFF_UPDATE", "staff", String.valueOf(id));
		return staff(id, caller.scope());
	}

	/** Bulk load of reference and demo data; returns the new staff ids in input order. */
	@Transactional
	public List<Long> loadAll(List<Department> newDepartments, List<StaffInput> newStaff) {
		departments.upsertAll(newDepartments, clock.instant());
		recent.invalidateAll();
		targets.invalidateAll();
		return staff.insertAll(newStaff.stream()
			.map(s -> new StaffRepository.StaffRow(0, s.name(), s.gender(), cipher.encrypt(s.phone()),
					s.departmentCode(), s.regionCode(), s.fieldRoles(), s.gridCodes()))
			.toList(), clock.instant());
	}

	private void checkPlacement(StaffInput input, DataScope scope) {
		Region region = regions.get(input.regionCode(), scope);
		if (!StaffRepository.VISIBLE.permits(scope, region.code(), null)) { // placed in the caller's places only
			throw ApiException.notFound("region.not-found", region.code());
		}
		if (input.departmentCode() != null) {
			department(input.departmentCode(), scope);
		}
	}

	private StaffRepository.StaffRow visibleRow(long id, DataScope scope) {
		return staff.find(id, scope)
			.orElseThrow(() -> ApiException.notFound("staff.not-found", id));
	}

	private Staff masked(StaffRepository.StaffRow row) {
		return toStaff(row, Masks.phone(cipher.decrypt(row.phoneCipher())));
	}

	private static String blankAsNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	private static Staff toStaff(StaffRepository.StaffRow row, String phone) {
		return new Staff(row.id(), row.name(), row.gender(), phone, row.departmentCode(), row.regionCode(),
				row.fieldRoles(), row.gridCodes());
	}
}
