package org.fengqiao.platform.audit;

import java.time.Clock;
import java.sql.Timestamp;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log every module writes to: who, when, what, which record, from which address.
 * Called inside the writing transaction, so an audit row exists exactly when the change does.
 */
@Component
public class AuditLog {

	private static final String INSERT = """
			INSERT INTO audit_log (at, actor, action, record_type, record_id, address)
			VALUES (:at, :actor, :action, :recordType, :recordId, :address)
			""";

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action of the current caller (or {@code system} outside a request). */
	public void record(String action, String recordType, String recordId) {
		String actor = CurrentCaller.find().map(Caller::username).orElse("system");
		recordAs(actor, action, recordType, recordId);
	}

	public void recordAs(String actor, String action, String recordType, String recordId) {
		jdbc.sql(INSERT)
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action)
			.param("recordType", recordType)
			.param("recordId", recordId)
			.param("address", currentAddress())
			.update();
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			return attrs.getRequest().getRemoteAddr();
		}
		return null;
	}
}
