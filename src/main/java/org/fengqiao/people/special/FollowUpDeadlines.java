package org.fengqiao.people.special;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.fengqiao.directory.Department;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.deadline.DeadlineClock;
import org.fengqiao.platform.deadline.FlagClock;
import org.fengqiao.platform.notify.Notification;
import org.fengqiao.platform.notify.Recipient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "No lost contact", on the platform's deadline sweeper: a schedule clock writes each file's duties as its
 * periods begin (catching up periods missed while stopped); a visit not recorded 2 days before its period ends
 * warns the team; at the period's end an alert goes to the team and the town's center leaders. Each duty is
 * claimed with {@code SKIP LOCKED} and marked once by a guarded flag; dedup keys make a repeat a no-op.
 */
@Configuration(proxyBeanMethods = false)
@ReadsAcrossScopes(reason = "the deadline sweeper claims every file and duty whose time has come, for no caller")
class FollowUpDeadlines {

	static final String WARNING = "FOLLOW_UP_WARNING";
	static final String OVERDUE = "FOLLOW_UP_OVERDUE";

	@Bean
	DeadlineClock followUpScheduleClock(JdbcClient jdbc, FollowUpSchedule schedule) {
		return new DeadlineClock() {
			@Override
			public String name() {
				return "follow-up-schedule";
			}

			@Override
			public Marked markDue(Instant now, int limit) {
				LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
				record Due(long id, String category, RiskLevel risk, boolean key, Integer danger, LocalDate until) {
				}
				List<Due> due = jdbc.sql("""
						SELECT id, category_code, risk_level, key_person, danger_level, scheduled_until FROM special_populations
						WHERE active AND (scheduled_until IS NULL OR scheduled_until < :today)
						ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
						""").param("today", today).param("limit", limit)
					.query((rs, i) -> new Due(rs.getLong(1), rs.getString(2), RiskLevel.valueOf(rs.getString(3)),
							rs.getBoolean(4), (Integer) rs.getObject(5, Integer.class),
							rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate()))
					.list();
				if (due.isEmpty()) {
					return new Marked(0, List.of());
				}
				FollowUpPolicy policy = schedule.policy();
				for (Due d : due) {
					LocalDate from = d.until() == null ? today : d.until().plusDays(1);
					while (!from.isAfter(today)) {
						from = schedule.schedule(policy, d.id(), d.category(), d.risk(), d.key(), d.danger(), from).plusDays(1);
					}
				}
				return new Marked(due.size(), List.of());
			}
		};
	}

	@Bean
	DeadlineClock followUpWarningClock(JdbcClient jdbc) {
		return new Mark("follow-up-warning", WARNING, "special.visit.warning", "warned", """
				SELECT id FROM follow_up_duties
				WHERE NOT warned AND done_at IS NULL AND warn_at <= :now AND due_at > :now AND duty = 'VISIT'
				ORDER BY warn_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""", false, jdbc);
	}

	@Bean
	DeadlineClock followUpOverdueClock(JdbcClient jdbc) {
		return new Mark("follow-up-overdue", OVERDUE, "special.visit.overdue", "overdue", """
				SELECT id FROM follow_up_duties
				WHERE NOT overdue AND done_at IS NULL AND due_at <= :now AND duty = 'VISIT'
				ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""", true, jdbc);
	}

	/** One mark: claims the duties, sets the flag once, and tells the team (and, when overdue, the town's leaders). */
	static final class Mark extends FlagClock {

		Mark(String name, String kind, String messageKey, String flag, String claim, boolean leaders, JdbcClient jdbc) {
			super(name, kind, messageKey, flag, claim, leaders, jdbc);
		}

		@Override
		protected List<Notification> mark(Long[] ids) {
			List<Notification> out = new ArrayList<>();
			jdbc.sql("UPDATE follow_up_duties d SET " + flag + " = true FROM special_populations f "
					+ "JOIN residents r ON r.id = f.resident_id JOIN special_population_categories c ON c.code = f.category_code "
					+ "WHERE d.id = ANY (:ids) AND NOT d." + flag + " AND f.id = d.file_id "
					+ "RETURNING d.id, d.file_id, d.period_end, r.name, c.name, f.region_code, f.town_cadre_user, "
					+ "f.village_cadre_user, f.police_user, f.grid_member_user")
				.param("ids", ids).query((rs, i) -> {
					long duty = rs.getLong(1);
					String fileId = String.valueOf(rs.getLong(2));
					List<String> args = List.of(rs.getString(4), rs.getString(5), rs.getDate(3).toLocalDate().toString());
					Set<Recipient> to = new LinkedHashSet<>();
					for (int col = 7; col <= 10; col++) {
						if (rs.getString(col) != null) {
							to.add(Recipient.user(rs.getString(col)));
						}
					}
					String town = RegionCodes.pad(rs.getString(6).substring(0, 9));
					if (to.isEmpty()) {
						to.add(Recipient.unit(Department.townCenterOf(town)));
					}
					if (leaders) {
						to.add(Recipient.role(Role.CENTER_LEADER, town));
					}
					for (Recipient r : to) {
						String who = r.user() != null ? "user:" + r.user() : r.unit() != null ? "unit:" + r.unit() : "role:" + r.role() + "@" + r.region();
						out.add(new Notification(r, SpecialPopulations.RECORD_TYPE, fileId, kind, messageKey, args,
								"follow-up:" + kind + ":" + duty + ":" + who));
					}
					return duty;
				}).list();
			return out;
		}
	}
}
