package org.fengqiao.mediation.records;

import java.util.ArrayList;
import java.util.List;

import org.fengqiao.directory.Department;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.deadline.DeadlineClock;
import org.fengqiao.platform.deadline.FlagClock;
import org.fengqiao.platform.notify.Notification;
import org.fengqiao.platform.notify.Recipient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Referrals on the platform's deadline sweeper, like case clocks: a referral not reported back warns the town
 * center once before it falls due, and is marked overdue once when it does (the town center and its leaders are
 * told). Rows are claimed with {@code SKIP LOCKED} and each flag is set by a guarded update, so two nodes never
 * mark or notify twice; dedup keys make a retried batch a no-op.
 */
@Configuration(proxyBeanMethods = false)
@ReadsAcrossScopes(reason = "the deadline sweeper claims every referral whose time has come, for no caller")
class ReferralDeadlines {

	@Bean
	DeadlineClock referralWarningClock(JdbcClient jdbc) {
		return new Mark("referral-warning", "REFERRAL_WARNING", "mediation.referral.warning", "warned", """
				SELECT id FROM referrals WHERE NOT warned AND reported_back_at IS NULL AND warn_at <= :now AND due_at > :now
				ORDER BY warn_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""", false, jdbc);
	}

	@Bean
	DeadlineClock referralOverdueClock(JdbcClient jdbc) {
		return new Mark("referral-overdue", "REFERRAL_OVERDUE", "mediation.referral.overdue", "overdue", """
				SELECT id FROM referrals WHERE NOT overdue AND reported_back_at IS NULL AND due_at <= :now
				ORDER BY due_at LIMIT :limit FOR UPDATE SKIP LOCKED
				""", true, jdbc);
	}

	/** One mark: claims the referrals, sets the flag once, tells the town center (and its leaders when overdue). */
	static final class Mark extends FlagClock {

		Mark(String name, String kind, String messageKey, String flag, String claim, boolean leaders, JdbcClient jdbc) {
			super(name, kind, messageKey, flag, claim, leaders, jdbc);
		}

		@Override
		protected List<Notification> mark(Long[] ids) {
			List<Notification> out = new ArrayList<>();
			jdbc.sql("UPDATE referrals SET " + flag + " = true WHERE id = ANY (:ids) AND NOT " + flag
					+ " RETURNING id, case_number, region_code, receiving_body, due_at")
				.param("ids", ids).query((rs, i) -> {
					long id = rs.getLong(1);
					String number = rs.getString(2);
					String town = RegionCodes.pad(rs.getString(3).substring(0, 9));
					List<String> args = List.of(number, rs.getString(4),
							Times.local(rs.getTimestamp(5).toInstant()).toLocalDate().toString());
					out.add(new Notification(Recipient.unit(Department.townCenterOf(town)), DisputeRecords.RECORD_TYPE,
							number, kind, messageKey, args, "referral:" + kind + ":" + id + ":center"));
					if (leaders) {
						out.add(new Notification(Recipient.role(Role.CENTER_LEADER, town), DisputeRecords.RECORD_TYPE,
								number, kind, messageKey, args, "referral:" + kind + ":" + id + ":leaders"));
					}
					return id;
				}).list();
			return out;
		}
	}
}
