package org.fengqiao.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.calendar.WorkingDayCalendar;
import org.fengqiao.platform.calendar.WorkingDays;
import org.fengqiao.region.Region;
import org.fengqiao.region.RegionLevel;
import org.fengqiao.region.Regions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The villages' daily reports: a day of a town (API.md), a month grid, submitting, and the town's deadline. */
@Service
class DailyReports {

	static final String SUBMIT = "submit";
	static final String EDIT = "edit";

	/** {@code {"date","villages":[…]}} plus the day's deadline (null on a rest day). */
	public record DayView(LocalDate date, boolean workingDay, OffsetDateTime dueAt, List<VillageDay> villages) {
	}

	public record VillageDay(String regionCode, String name, ReportStatus status, OffsetDateTime submittedAt,
			String submittedBy, boolean late, Boolean nothingToReport, String content, List<String> allowedActions) {
	}

	/** Who reported when in a month: per village one status per day (null on a rest day without a report, or ahead). */
	public record MonthView(String month, String deadline, List<MonthDay> days, List<MonthRow> villages) {
	}

	public record MonthDay(LocalDate date, boolean workingDay) {
	}

	public record MonthRow(String regionCode, String name, List<ReportStatus> statuses, int reported, int missing) {
	}

	/** A town's deadline as HH:mm; {@code allowedActions} is {@code ["edit"]} when the caller may change it. */
	public record Deadline(String townCode, String deadline, List<String> allowedActions) {
	}

	private final DailyReportRepository reports;
	private final Regions regions;
	private final WorkingDays workingDays;
	private final Clock clock;

	DailyReports(DailyReportRepository reports, Regions regions, WorkingDays workingDays, Clock clock) {
		this.reports = reports;
		this.regions = regions;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	public DayView day(String region, LocalDate date, Caller caller) {
		LocalDate day = date == null ? today() : date;
		List<Region> villages = villages(region, caller);
		String town = townOf(villages, region);
		Instant dueAt = DailyDeadline.dueAt(day, deadline(town), workingDays.calendar());
		Map<String, DailyReportRepository.Row> byVillage = new HashMap<>();
		reports.between(codes(villages), day, day, caller.scope()).forEach(r -> byVillage.put(r.regionCode(), r));
		Instant now = clock.instant();
		boolean maySubmit = maySubmit(caller) && !day.isAfter(today());
		List<VillageDay> out = villages.stream().map(v -> {
			DailyReportRepository.Row r = byVillage.get(v.code());
			return new VillageDay(v.code(), v.name(), ReportStatus.of(r == null ? null : r.nothingToReport(), dueAt, now),
					r == null ? null : Times.local(r.submittedAt()), r == null ? null : r.submittedBy(),
					r != null && dueAt != null && r.submittedAt().isAfter(dueAt), r == null ? null : r.nothingToReport(),
					r == null ? null : r.content(), maySubmit ? List.of(SUBMIT) : List.of());
		}).toList();
		return new DayView(day, dueAt != null, Times.local(dueAt), out);
	}

	public MonthView month(String region, String month, Caller caller) {
		YearMonth ym;
		try {
			ym = month == null ? YearMonth.from(today()) : YearMonth.parse(month);
		} catch (java.time.format.DateTimeParseException e) {
			throw ValidationException.of("month", "daily.month");
		}
		List<Region> villages = villages(region, caller);
		LocalTime deadline = deadline(townOf(villages, region));
		WorkingDayCalendar calendar = workingDays.calendar();
		Instant now = clock.instant();
		LocalDate today = today();
		List<MonthDay> days = new ArrayList<>();
		for (LocalDate d = ym.atDay(1); !d.isAfter(ym.atEndOfMonth()); d = d.plusDays(1)) {
			days.add(new MonthDay(d, calendar.isWorkingDay(d)));
		}
		Map<String, Boolean> submitted = new HashMap<>();
		reports.between(codes(villages), ym.atDay(1), ym.atEndOfMonth(), caller.scope())
			.forEach(r -> submitted.put(r.regionCode() + r.date(), r.nothingToReport()));
		List<MonthRow> rows = villages.stream().map(v -> {
			List<ReportStatus> statuses = new ArrayList<>();
			int reported = 0;
			int missing = 0;
			for (MonthDay d : days) {
				Boolean nothing = submitted.get(v.code() + d.date());
				ReportStatus s = d.date().isAfter(today) || (!d.workingDay() && nothing == null) ? null
						: ReportStatus.of(nothing, DailyDeadline.dueAt(d.date(), deadline, calendar), now);
				reported += s == ReportStatus.REPORTED || s == ReportStatus.NONE ? 1 : 0;
				missing += s == ReportStatus.MISSING ? 1 : 0;
				statuses.add(s);
			}
			return new MonthRow(v.code(), v.name(), statuses, reported, missing);
		}).toList();
		return new MonthView(ym.toString(), deadline.toString(), days, rows);
	}

	@Transactional
	public VillageDay submit(String village, LocalDate date, SubmitReport body, Caller caller) {
		Region region = regions.get(village, caller.scope());
		if (!caller.scope().covers(region.code())) {
			throw ApiException.notFound("daily.village-not-found", village);
		}
		if (region.level() != RegionLevel.VILLAGE) {
			throw ValidationException.of("regionCode", "daily.village-required");
		}
		if (!maySubmit(caller)) {
			throw ApiException.forbidden("daily.forbidden");
		}
		if (date.isAfter(today())) {
			throw ValidationException.of("date", "daily.future");
		}
		String content = body.content() == null || body.content().isBlank() ? null : body.content().strip();
		if (!body.nothingToReport() && content == null) {
			throw ValidationException.of("content", "daily.content-required");
		}
		reports.save(region.code(), date, body.nothingToReport(), content, clock.instant(), caller.username());
		return day(region.code(), date, caller).villages().get(0);
	}

	public Deadline deadlineOf(String town, Caller caller) {
		Region t = town(town, caller);
		return new Deadline(t.code(), deadline(t.code()).toString(), deadlineActions(t, caller));
	}

	@Transactional
	public Deadline setDeadline(String town, String deadline, Caller caller) {
		Region t = town(town, caller);
		if (deadlineActions(t, caller).isEmpty()) {
			throw ApiException.forbidden("daily.settings-forbidden");
		}
		LocalTime time;
		try {
			time = LocalTime.parse(deadline == null ? "" : deadline);
		} catch (java.time.format.DateTimeParseException e) {
			throw ValidationException.of("deadline", "daily.deadline");
		}
		reports.saveDeadline(t.code(), time, clock.instant(), caller.username());
		return new Deadline(t.code(), time.toString(), deadlineActions(t, caller));
	}

	/** Town center staff and leaders (and administrators) whose scope covers the town, unless read-only. */
	private static List<String> deadlineActions(Region town, Caller caller) {
		boolean may = !caller.scope().readOnly() && (caller.isAdmin() || caller.hasAny(Role.CENTER_STAFF, Role.CENTER_LEADER))
				&& caller.scope().covers(town.code());
		return may ? List.of(EDIT) : List.of();
	}

	private Region town(String code, Caller caller) {
		Region t = regions.get(code, caller.scope());
		if (t.level() != RegionLevel.TOWN) {
			throw ValidationException.of("town", "daily.town-required");
		}
		return t;
	}

	/** The villages of a town, or the one village, that the caller sees. */
	private List<Region> villages(String region, Caller caller) {
		if (region == null) {
			throw ValidationException.of("region", "daily.town-required");
		}
		Region r = regions.get(region, caller.scope());
		return switch (r.level()) {
			case VILLAGE -> List.of(r);
			case TOWN -> regions.children(r.code(), caller.scope());
			default -> throw ValidationException.of("region", "daily.town-required");
		};
	}

	private static String townOf(List<Region> villages, String region) {
		String code = villages.isEmpty() ? RegionCodes.pad(region) : villages.get(0).code();
		return RegionCodes.pad(code.substring(0, 9));
	}

	private LocalTime deadline(String town) {
		return reports.deadline(town).orElse(DailyDeadline.DEFAULT);
	}

	private static List<String> codes(List<Region> villages) {
		return villages.stream().map(Region::code).toList();
	}

	private static boolean maySubmit(Caller caller) {
		return !caller.scope().readOnly() && (caller.isAdmin()
				|| caller.hasAny(Role.VILLAGE_CADRE, Role.GRID_MEMBER, Role.CENTER_STAFF, Role.CENTER_LEADER));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), Times.ZONE);
	}
}
