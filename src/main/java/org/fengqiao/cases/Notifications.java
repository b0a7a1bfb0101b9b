package org.fengqiao.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In-app notifications of the case loop, each with an outbox row so it is delivered exactly once. A
 * notification's dedup key makes writing it twice (a retried sweep, a second node) a no-op.
 */
@Component
class Notifications {

	private static final String INSERT = """
			WITH n AS (
			    INSERT INTO notifications (recipient_unit, recipient_user, case_id, kind, dedup_key, message, created_at)
			    VALUES (:unit, :user, :caseId, :kind, :dedup, :message, :now)
			    ON CONFLICT (dedup_key) DO NOTHING
			    RETURNING id)
			INSERT INTO notification_outbox (notification_id, next_attempt_at) SELECT id, :now FROM n
			""";

	private final JdbcClient jdbc;

	Notifications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whom an action tells, and what. */
	void afterAction(CaseRecord c, CaseAction action, Map<String, Object> data, long eventId, Instant now) {
		String subject = c.number() + " " + c.title();
		List<String[]> messages = new ArrayList<>();
		switch (action) {
			case DISPATCH -> {
				messages.add(new String[] { (String) data.get("leadUnit"), "新派单（主办）：" + subject });
				@SuppressWarnings("unchecked")
				List<String> coUnits = (List<String>) data.get("coUnits");
				coUnits.forEach(u -> messages.add(new String[] { u, "新派单（协办）：" + subject }));
			}
			case RETURN -> messages.add(new String[] { c.holdingUnit(), "案件被退回，请重新分流：" + subject });
			case ESCALATE -> messages.add(new String[] { (String) data.get("holdingUnit"), "下级上报案件：" + subject });
			case REPORT -> messages.add(new String[] { c.leadUnit(), "协办单位已反馈办理情况：" + subject });
			case RESOLVE -> messages.add(new String[] { c.holdingUnit(), "案件已办结，请反馈群众：" + subject });
			case SUPERVISE -> {
				if (c.leadUnit() != null) {
					messages.add(new String[] { c.leadUnit(), "案件被督办：" + subject });
				}
			}
			case EXTEND -> messages.add(new String[] { c.holdingUnit(), "延期申请待审批：" + subject });
			case APPROVE_EXTENSION -> messages.add(new String[] { c.leadUnit(),
					(Boolean.TRUE.equals(data.get("approved")) ? "延期申请已批准：" : "延期申请未批准：") + subject });
			default -> {
			}
		}
		for (String[] m : messages) {
			if (m[0] != null) {
				toUnit(m[0], c.id(), action.name(), c.id() + ":" + eventId + ":" + m[0], m[1], now);
			}
		}
	}

	void toUnit(String unit, long caseId, String kind, String dedupKey, String message, Instant now) {
		jdbc.sql(INSERT).param("unit", unit).param("user", null).param("caseId", caseId).param("kind", kind)
			.param("dedup", dedupKey).param("message", message).param("now", CaseRows.ts(now)).update();
	}
}
