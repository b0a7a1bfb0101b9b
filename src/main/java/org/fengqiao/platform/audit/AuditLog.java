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

	/**
	 * The audit row as a data-modifying CTE of a module's own writing statement ({@code WITH … a AS (…)}), so
	 * the change and its audit row take one round trip; bind its parameters with {@link #bind}.
	 *
	 * @param recordIdSql a SQL expression for the record id, e.g. {@code (SELECT number FROM c)} over the
	 *        module's own CTE, or a named parameter the module binds
	 */
	public static String insertSql(String recordIdSql) {
		return """
				INSERT INTO audit_log (at, actor, action, record_type, record_id, address)
				VALUES (:auditAt, :auditActor, :auditAction, :auditRecordType, %s, :auditAddress)""".formatted(recordIdSql);
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an action of the current caller (or {@code system} outside a request). */
	public void record(String action, String recordType, String recordId) {
		recordAs(currentActor(), action, recordType, recordId);
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

	/** Binds the parameters of {@link #insertSql} for an action of {@code actor}. */
	public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String actor, String action, String recordType) {
		return spec.param("auditAt", Timestamp.from(clock.instant()))
			.param("auditActor", actor)
			.param("auditAction", action)
			.param("auditRecordType", recordType)
			.param("auditAddress", currentAddress());
	}

	/** The actor {@link #record} writes: the current caller, or {@code system} outside a request. */
	public static String currentActor() {
		return CurrentCaller.find().map(Caller::username).orElse("system");
	}

	private static String currentAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			return attrs.getRequest().getRemoteAddr();
		}
		return null;
	}
}
