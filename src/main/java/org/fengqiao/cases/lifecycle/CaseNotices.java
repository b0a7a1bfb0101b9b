package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseAction;
import java.util.List;

import org.fengqiao.platform.notify.Notification;
import org.fengqiao.platform.notify.Recipient;

/**
 * The notifications of the case loop: message keys {@code notification.case.*} (i18n/cases*.properties) with
 * the case's number and title, linked to the case. An action's are deduplicated by the case's version after
 * it, a clock mark's by the limit it marks, so a retried sweep or a second node never writes one twice.
 */
public final class CaseNotices {

	public static final String RECORD_TYPE = "case";

	private CaseNotices() {
	}

	/** The notifications of an action: {@code notices} are (unit, message) pairs from {@link Lifecycle}. */
	static List<Notification> afterAction(CaseRecord after, CaseAction action, List<String[]> notices) {
		return notices.stream()
			.map(n -> notice(after, n[0], action.name(), n[1], after.version() + ":" + n[0]))
			.toList();
	}

	/** A clock mark's notification to a unit: {@code limit} names the mark and the limit it passed. */
	static Notification mark(CaseRecord c, String unit, String kind, String what, String limit) {
		return notice(c, unit, kind, what, limit + ":" + unit);
	}

	private static Notification notice(CaseRecord c, String unit, String kind, String what, String key) {
		return new Notification(Recipient.unit(unit), RECORD_TYPE, c.number(), kind, "notification.case." + what,
				List.of(c.number(), c.title()), RECORD_TYPE + ":" + c.number() + ":" + key);
	}
}
