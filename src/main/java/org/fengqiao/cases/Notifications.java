package org.fengqiao.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In-app notifications of the case loop, each with an outbox row so it is delivered exactly once. A
 * notification's dedup key ({@code {case id}:{event id}:{unit}}) makes writing it twice (a retried sweep, a
 * second node) a no-op. They are written by the action's own statement ({@link #ctes}).
 */
@Component
class Notifications {

	/** One notification to a unit. */
	record Message(String unit, String text) {
	}

	/**
	 * One notification and its outbox row as two data-modifying CTEs {@code n{i}} and {@code o{i}}, over the
	 * action's CTEs {@code u} (the updated case) and {@code e} (its event).
	 */
	private static final String CTES = """
			,
			n%1$d AS (
			    INSERT INTO notifications (recipient_unit, recipient_user, case_id, kind, dedup_key, message, created_at)
			    SELECT CAST(:nUnit%1$d AS varchar), NULL, u.id, CAST(:nKind AS varchar),
			        concat(u.id, ':', e.id, ':', CAST(:nUnit%1$d AS varchar)), CAST(:nMessage%1$d AS varchar),
			        CAST(:now AS timestamptz)
			    FROM u CROSS JOIN e
			    ON CONFLICT (dedup_key) DO NOTHING
			    RETURNING id),
			o%1$d AS (
			    INSERT INTO notification_outbox (notification_id, next_attempt_at) SELECT id, CAST(:now AS timestamptz) FROM n%1$d)""";

	/** Whom an action tells, and what. */
	List<Message> afterAction(CaseRecord c, CaseAction action, Map<String, Object> data) {
		String subject = c.number() + " " + c.title();
		List<Message> messages = new ArrayList<>();
		switch (action) {
			case DISPATCH -> {
				messages.add(new Message((String) data.get("leadUnit"), "新派单（主办）：" + subject));
				@SuppressWarnings("unchecked")
				List<String> coUnits = (List<String>) data.get("coUnits");
				coUnits.forEach(u -> messages.add(new Message(u, "新派单（协办）：" + subject)));
			}
			case RETURN -> messages.add(new Message(c.holdingUnit(), "案件被退回，请重新分流：" + subject));
			case ESCALATE -> messages.add(new Message((String) data.get("holdingUnit"), "下级上报案件：" + subject));
			case REPORT -> messages.add(new Message(c.leadUnit(), "协办单位已反馈办理情况：" + subject));
			case RESOLVE -> messages.add(new Message(c.holdingUnit(), "案件已办结，请反馈群众：" + subject));
			case SUPERVISE -> messages.add(new Message(c.leadUnit(), "案件被督办：" + subject));
			case EXTEND -> messages.add(new Message(c.holdingUnit(), "延期申请待审批：" + subject));
			case APPROVE_EXTENSION -> messages.add(new Message(c.leadUnit(),
					(Boolean.TRUE.equals(data.get("approved")) ? "延期申请已批准：" : "延期申请未批准：") + subject));
			default -> {
			}
		}
		return messages.stream().filter(m -> m.unit() != null).toList();
	}

	/** The CTEs writing {@code messages} (each starting with a comma), for the action's statement. */
	static String ctes(List<Message> messages) {
		StringBuilder sql = new StringBuilder();
		for (int i = 0; i < messages.size(); i++) {
			sql.append(CTES.formatted(i));
		}
		return sql.toString();
	}

	/** Binds the parameters of {@link #ctes}; {@code :now} is the action's. */
	static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, List<Message> messages, CaseAction action) {
		if (messages.isEmpty()) {
			return spec;
		}
		spec = spec.param("nKind", action.name());
		for (int i = 0; i < messages.size(); i++) {
			spec = spec.param("nUnit" + i, messages.get(i).unit()).param("nMessage" + i, messages.get(i).text());
		}
		return spec;
	}
}
