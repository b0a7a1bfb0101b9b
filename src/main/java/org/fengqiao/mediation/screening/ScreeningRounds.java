package org.fengqiao.mediation.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseView;
import org.fengqiao.cases.Cases;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.calendar.WorkingDays;
import org.fengqiao.region.Region;
import org.fengqiao.region.RegionLevel;
import org.fengqiao.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens rounds, takes the villages' answers and shows rounds as API.md gives them, within the caller's scope. */
@Service
class ScreeningRounds {

	static final String RECORD_TYPE = "screening-round";
	static final String REPORT = "report";
	static final String LEDGER = "ledger";

	/** {@code {"id","title","regionCode","dueAt","villages":[…]}} plus who opened it and what the caller may do. */
	public record RoundView(long id, String title, String regionCode, String occasion, OffsetDateTime dueAt,
			OffsetDateTime openedAt, String openedBy, List<VillageView> villages, List<String> allowedActions) {
	}

	/** A village's answer: {@code status} PENDING before the deadline, MISSING after it; {@code disputes} case numbers. */
	public record VillageView(String regionCode, String name, ReportStatus status, List<String> disputes,
			OffsetDateTime reportedAt, String reportedBy, boolean late, String note, List<String> allowedActions) {
	}

	private final ScreeningRepository rounds;
	private final Regions regions;
	private final Cases cases;
	private final WorkingDays workingDays;
	private final Clock clock;

	ScreeningRounds(ScreeningRepository rounds, Regions regions, Cases cases, WorkingDays workingDays, Clock clock) {
		this.rounds = rounds;
		this.regions = regions;
		this.cases = cases;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	/** What the caller may do on the rounds list: {@code open} (town center staff and leaders). */
	public record ListActions(List<String> allowedActions) {
	}

	public ListActions listActions(Caller caller) {
		boolean open = !caller.scope().readOnly() && (caller.isAdmin() || caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER));
		return new ListActions(open ? List.of("open") : List.of());
	}

	@Transactional
	public RoundView open(OpenRound body, Caller caller) {
		caller.requireWrite("screening.forbidden", Role.CENTER_STAFF, Role.CENTER_LEADER);
		Region town = regions.get(body.regionCode(), caller.scope());
		if (town.level() != RegionLevel.TOWN) {
			throw ValidationException.of("regionCode", "screening.town-required");
		}
		if (!caller.scope().covers(town.code())) {
			throw ApiException.forbidden("screening.forbidden");
		}
		LocalDate today = LocalDate.ofInstant(clock.instant(), Times.ZONE);
		if (body.deadline() != null && body.deadline().isBefore(today)) {
			throw ValidationException.of("deadline", "screening.deadline-past");
		}
		Instant dueAt = RoundDeadline.dueAt(RoundDeadline.day(body.deadline(), today, workingDays.calendar()));
		Map<String, String> villages = new LinkedHashMap<>();
		regions.children(town.code(), caller.scope()).forEach(v -> villages.put(v.code(), v.name()));
		long id = rounds.insert(town.code(), body.title().strip(), body.occasion().name(), dueAt, clock.instant(),
				caller.username(), villages);
		return get(id, caller);
	}

	public RoundView get(long id, Caller caller) {
		ScreeningRepository.RoundRow round = rounds.find(id, caller.scope())
			.orElseThrow(() -> ApiException.notFound("screening.not-found", id));
		return view(round, rounds.villages(List.of(id), caller.scope()).get(id), caller);
	}

	public Page<RoundView> list(String region, Caller caller, PageQuery page) {
		String prefix = "";
		if (region != null) {
			String code = regions.get(region, caller.scope()).code();
			prefix = RegionCodes.prefix(code);
			prefix = prefix.length() > 9 ? prefix.substring(0, 9) : prefix; // a village: its town's rounds
		}
		List<ScreeningRepository.RoundRow> rows = rounds.page(prefix, caller.scope(), page.size(), page.offset());
		Map<Long, List<ScreeningRepository.VillageRow>> villages = rounds.villages(
				rows.stream().map(ScreeningRepository.RoundRow::id).toList(), caller.scope());
		long total = rows.size() < page.size() && (!rows.isEmpty() || page.page() == 0)
				? (long) page.offset() + rows.size() : rounds.count(prefix, caller.scope());
		return Page.of(rows.stream().map(r -> view(r, villages.get(r.id()), caller)).toList(), page, total);
	}

	/** A village answers: the disputes it found (DISPUTE cases of that village) or, explicitly, none. */
	@Transactional
	public RoundView report(long id, VillageReport body, Caller caller) {
		ScreeningRepository.RoundRow round = rounds.find(id, caller.scope())
			.orElseThrow(() -> ApiException.notFound("screening.not-found", id));
		if (!RegionCodes.isWellFormed(body.regionCode()) || !caller.scope().covers(RegionCodes.pad(body.regionCode()))) {
			throw ApiException.notFound("screening.village-not-found", body.regionCode());
		}
		String village = RegionCodes.pad(body.regionCode());
		caller.requireWrite("screening.report-forbidden", Role.VILLAGE_CADRE, Role.GRID_MEMBER, Role.CENTER_STAFF,
				Role.CENTER_LEADER);
		List<String> disputes = new ArrayList<>(new LinkedHashSet<>(body.disputes() == null ? List.of() : body.disputes()));
		checkDisputes(body.none(), disputes, village, caller);
		String note = body.note() == null || body.note().isBlank() ? null : body.note().strip();
		if (!rounds.report(round.id(), village, body.none() ? ReportStatus.NONE : ReportStatus.REPORTED, disputes, note,
				clock.instant(), caller.username())) {
			throw ApiException.notFound("screening.village-not-found", village);
		}
		return get(id, caller);
	}

	private void checkDisputes(boolean none, List<String> disputes, String village, Caller caller) {
		if (none && !disputes.isEmpty()) {
			throw ValidationException.of("disputes", "screening.none-with-disputes");
		}
		if (!none && disputes.isEmpty()) {
			throw ValidationException.of("disputes", "screening.disputes-required");
		}
		for (String number : disputes) {
			CaseView c = number == null || number.length() > 32 || !cases.canRead(number, caller) ? null
					: cases.get(number, caller);
			if (c == null || c.kind() != CaseKind.DISPUTE || !village.equals(c.regionCode())) {
				throw ValidationException.of("disputes", "screening.dispute-invalid");
			}
		}
	}

	private RoundView view(ScreeningRepository.RoundRow r, List<ScreeningRepository.VillageRow> villages, Caller caller) {
		Instant now = clock.instant();
		boolean mayReport = !caller.scope().readOnly() && (caller.isAdmin() || caller.hasAny(Role.VILLAGE_CADRE,
				Role.GRID_MEMBER, Role.CENTER_STAFF, Role.CENTER_LEADER));
		List<VillageView> out = villages.stream().map(v -> new VillageView(v.regionCode(), v.name(),
				ReportStatus.of(v.answered(), r.dueAt(), now), v.disputes(), Times.local(v.reportedAt()), v.reportedBy(),
				v.reportedAt() != null && v.reportedAt().isAfter(r.dueAt()), v.note(),
				mayReport ? List.of(REPORT) : List.of())).toList();
		return new RoundView(r.id(), r.title(), r.townCode(), r.occasion(), Times.local(r.dueAt()),
				Times.local(r.openedAt()), r.openedBy(), out, mayExport(caller) ? List.of(LEDGER) : List.of());
	}

	/** The ledger is an export: the town center's staff and leaders, the county center's staff (API.md). */
	static boolean mayExport(Caller caller) {
		return caller.isAdmin() || caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER);
	}
}
