package org.fengqiao.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.fengqiao.directory.Department;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.calendar.WorkingDayCalendar;
import org.fengqiao.platform.calendar.WorkingDays;
import org.fengqiao.platform.deadline.DeadlineClock;
import org.fengqiao.platform.notify.Notification;
import org.fengqiao.platform.notify.Recipient;
import org.fengqiao.region.Region;
import org.fengqiao.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * On the platform's deadline sweeper: once a working day's deadline has passed for a town that takes daily reports
 * (one of its villages reported within the last {@value #ACTIVE_DAYS} days), a row for the town and day is written;
 * rows are claimed with {@code SKIP LOCKED} and flagged once, and the town's desk is told which villages have not
 * reported, in one notification per town and day whose dedup key makes a second node's or a retry's a no-op.
 */
@Component
@ReadsAcrossScopes(reason = "the deadline sweeper checks every town's reports for the day, for no caller")
class DailyDeadlines implements DeadlineClock {

	static final String MISSING = "DAILY_REPORT_MISSING";
	static final int ACTIVE_DAYS = 30;

	private final JdbcClient jdbc;
	private final DailyReportRepository reports;
	private final Regions regions;
	private final WorkingDays workingDays;

	DailyDeadlines(JdbcClient jdbc, DailyReportRepository reports, Regions regions, WorkingDays workingDays) {
		this.jdbc = jdbc;
		this.reports = reports;
		this.regions = regions;
		this.workingDays = workingDays;
	}

	@Override
	public String name() {
		return "daily-report-missing";
	}

	@Override
	public Marked markDue(Instant now, int limit) {
		LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
		WorkingDayCalendar calendar = workingDays.calendar();
		if (calendar.isWorkingDay(today)) {
			List<String> towns = jdbc.sql("""
					SELECT DISTINCT substr(region_code, 1, 9) FROM daily_reports WHERE report_date BETWEEN :from AND :today
					""").param("from", today.minusDays(ACTIVE_DAYS)).param("today", today).query(String.class).list();
			for (String prefix : towns) {
				String town = RegionCodes.pad(prefix);
				Instant dueAt = DailyDeadline.dueAt(today, reports.deadline(town).orElse(null), calendar);
				if (!dueAt.isAfter(now)) {
					jdbc.sql("""
							INSERT INTO daily_report_deadlines (town_code, report_date, due_at) VALUES (:town, :today, :due)
							ON CONFLICT DO NOTHING
							""").param("town", town).param("today", today).param("due", Timestamp.from(dueAt)).update();
				}
			}
		}
		record Due(String town, LocalDate date) {
		}
		List<Due> claimed = jdbc.sql("""
				SELECT town_code, report_date FROM daily_report_deadlines WHERE NOT flagged AND due_at <= :now
				ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""").param("now", Timestamp.from(now)).param("limit", limit)
			.query((rs, i) -> new Due(rs.getString(1), rs.getDate(2).toLocalDate())).list();
		List<Notification> out = new ArrayList<>();
		for (Due d : claimed) {
			jdbc.sql("UPDATE daily_report_deadlines SET flagged = true WHERE town_code = :town AND report_date = :date")
				.param("town", d.town()).param("date", d.date()).update();
			Set<String> reported = new HashSet<>(jdbc.sql("""
					SELECT region_code FROM daily_reports WHERE report_date = :date AND region_code LIKE :prefix
					""").param("date", d.date()).param("prefix", RegionCodes.prefix(d.town()) + "%").query(String.class).list());
			List<String> missing = regions.children(d.town(), DataScope.everything()).stream()
				.filter(v -> !reported.contains(v.code())).map(Region::name).toList();
			if (!missing.isEmpty()) {
				String name = regions.find(d.town()).map(Region::name).orElse(d.town());
				out.add(new Notification(Recipient.unit(Department.townCenterOf(d.town())), "daily-report",
						d.town() + "/" + d.date(), MISSING, "daily.missing",
						List.of(name + " " + d.date(), reports.deadline(d.town()).orElse(DailyDeadline.DEFAULT).toString(),
								String.valueOf(missing.size()), String.join("、", missing)),
						"daily-missing:" + d.town() + ":" + d.date()));
			}
		}
		return new Marked(claimed.size(), out);
	}
}
