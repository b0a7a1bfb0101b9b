package org.fengqiao.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.LinkedHashSet;
import java.util.List;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.platform.crypto.Masks;
import org.fengqiao.platform.crypto.PersonalDataCipher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty roster (带班接访, GLOSSARY.md "duty leader"): the leader(s) of a governance center on duty on a day.
 * Read by anyone who sees the center; set by administrators and the center's own leaders.
 */
@Service
public class DutyRoster {

	/** One duty leader: phone masked. */
	public record DutyLeader(long staffId, String name, String phone) {
	}

	/** A center's duty on a day: {@code {"unit","unitName","date","leaders"}}. */
	public record Duty(String unit, String unitName, LocalDate date, List<DutyLeader> leaders) {
	}

	static final int MAX_LEADERS = 5;

	private final DutyRepository roster;
	private final Directory directory;
	private final PersonalDataCipher cipher;
	private final AuditLog audit;
	private final Clock clock;

	DutyRoster(DutyRepository roster, Directory directory, PersonalDataCipher cipher, AuditLog audit, Clock clock) {
		this.roster = roster;
		this.directory = directory;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
	}

	/** The duty of a center on a day; by default the caller's center, today. */
	public Duty duty(String unit, LocalDate date, Caller caller) {
		return duty(unit, date, DutyKind.DUTY, caller);
	}

	/** The duty leaders or the reception-day leaders (带班接访) of a center on a day; by default the caller's, today. */
	public Duty duty(String unit, LocalDate date, DutyKind kind, Caller caller) {
		Department center = center(unit == null || unit.isBlank() ? defaultCenter(caller) : unit, caller);
		LocalDate day = date == null ? LocalDate.ofInstant(clock.instant(), Times.ZONE) : date;
		return new Duty(center.code(), center.name(), day, roster.onDay(center.code(), day, kind, caller.scope()).stream()
			.map(this::leader).toList());
	}

	private DutyLeader leader(DutyRepository.Entry e) {
		return new DutyLeader(e.staffId(), e.name(), Masks.phone(cipher.decrypt(e.phoneCipher())));
	}

	/** A center's duty for every day of a month that has a duty leader, oldest first. */
	public List<Duty> month(String unit, YearMonth month, Caller caller) {
		return month(unit, month, DutyKind.DUTY, caller);
	}

	public List<Duty> month(String unit, YearMonth month, DutyKind kind, Caller caller) {
		Department center = center(unit == null || unit.isBlank() ? defaultCenter(caller) : unit, caller);
		Map<LocalDate, List<DutyLeader>> days = new TreeMap<>();
		for (DutyRepository.DayEntry e : roster.inMonth(center.code(), month, kind, caller.scope())) {
			days.computeIfAbsent(e.day(), d -> new ArrayList<>()).add(leader(e.entry()));
		}
		return days.entrySet().stream().map(d -> new Duty(center.code(), center.name(), d.getKey(), d.getValue())).toList();
	}

	/** Sets the day's duty leaders (administrators, or a leader of that center): staff of the center's town. */
	@Transactional
	public Duty assign(String unit, LocalDate date, List<Long> staffIds, Caller caller) {
		return assign(unit, date, DutyKind.DUTY, staffIds, caller);
	}

	/** Sets the day's duty or reception-day leaders (administrators, or a leader of that center). */
	@Transactional
	public Duty assign(String unit, LocalDate date, DutyKind kind, List<Long> staffIds, Caller caller) {
		Department center = center(unit, caller);
		caller.requireWrite("duty.forbidden", Role.CENTER_LEADER);
		if (!caller.isAdmin() && !caller.scope().hasDepartment(center.code())) {
			throw ApiException.forbidden("duty.forbidden");
		}
		if (staffIds == null || staffIds.stream().anyMatch(java.util.Objects::isNull)) {
			throw ValidationException.of("staffIds", "validation.required");
		}
		List<Long> ids = List.copyOf(new LinkedHashSet<>(staffIds));
		if (ids.size() > MAX_LEADERS) {
			throw ValidationException.of("staffIds", "duty.staff-count");
		}
		String prefix = RegionCodes.prefix(center.regionCode());
		for (Long id : ids) {
			Staff s = directory.staff(id, caller.scope());
			if (!s.regionCode().startsWith(prefix)) {
				throw ValidationException.of("staffIds", "duty.staff-elsewhere");
			}
		}
		roster.replace(center.code(), date, kind, ids, caller.username(), clock.instant());
		audit.record(kind == DutyKind.DUTY ? "DUTY_ASSIGN" : "RECEPTION_ASSIGN", "department", center.code() + "/" + date);
		return duty(center.code(), date, kind, caller);
	}

	/** Demo data: every center's staff take turns, leaders first, from {@code from} to {@code to}. */
	public int rotateDemo(LocalDate from, LocalDate to) {
		return roster.rotate(from, to, clock.instant()) + roster.rotateReception(from, to, clock.instant());
	}

	private Department center(String code, Caller caller) {
		Department d = directory.department(code, caller.scope());
		if (d.kind() != DepartmentKind.GOVERNANCE_CENTER) {
			throw ValidationException.of("unit", "duty.not-a-center");
		}
		return d;
	}

	/** The caller's own center, or the center of the caller's first place. */
	private static String defaultCenter(Caller caller) {
		return caller.scope().departments().stream().filter(d -> d.endsWith("-" + DepartmentKind.GOVERNANCE_CENTER.name()))
			.findFirst()
			.or(() -> caller.scope().regions().stream().findFirst()
				.map(r -> Department.codeFor(RegionCodes.pad(r), DepartmentKind.GOVERNANCE_CENTER)))
			.orElseThrow(() -> ValidationException.of("unit", "validation.required"));
	}
}
