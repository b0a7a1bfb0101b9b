package org.fengqiao.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.db.WritesAtCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The append-only audit log every module writes to: who, when, what, which record, from which address.
 * Called inside the writing transaction, so an audit row exists exactly when the change does: it is written with
 * the commit, in the commit's own round trip ({@link WritesAtCommit}).
 */
@Component
public class AuditLog {

	private static final String INSERT = """
			INSERT INTO audit_log (at, actor, action, record_type, record_id, address) VALUES (?, ?, ?, ?, ?, ?)""";

	private static final String FILTER = """
			WHERE (CAST(:actor AS text) IS NULL OR actor = :actor)
			  AND (CAST(:recordType AS text) IS NULL OR record_type = :recordType)
			  AND (CAST(:recordId AS text) IS NULL OR record_id = :recordId)
			  AND at >= :from AND at < :to
			""";
	private static final String SELECT = "SELECT at, actor, action, record_type, record_id, address FROM audit_log "
			+ FILTER + " ORDER BY id DESC LIMIT :limit OFFSET :offset";
	private static final String COUNT = "SELECT count(*) FROM audit_log " + FILTER;

	/** A filter of the log; null fields match everything, dates are inclusive local dates. */
	public record Query(String actor, String recordType, String recordId, LocalDate from, LocalDate to) {
	}

	/** One row of the log. */
	public record Entry(OffsetDateTime at, String actor, String action, String recordType, String recordId,
			String address) {
	}

	private final JdbcClient jdbc;
	private final WritesAtCommit writes;
	private final Clock clock;

	AuditLog(JdbcClient jdbc, WritesAtCommit writes, Clock clock) {
		this.jdbc = jdbc;
		this.writes = writes;
		this.clock = clock;
	}

	/** Records an action of the current caller (or {@code system} outside a request). */
	public void record(String action, String recordType, String recordId) {
		recordAs(currentActor(), action, recordType, recordId);
	}

	/**
	 * Records an action unless the same actor recorded it on the same record within {@code window} (a file
	 * read is audited once per user and file per hour, not on every read).
	 */
	@org.fengqiao.platform.ReadsAcrossScopes(reason = "looks only for the actor's own earlier row on one record, answers no list")
	public void recordOncePer(java.time.Duration window, String actor, String action, String recordType,
			String recordId) {
		boolean recent = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM audit_log
				               WHERE record_type = :recordType AND record_id = :recordId AND action = :action
				                 AND actor = :actor AND at > :since)
				""").param("recordType", recordType).param("recordId", recordId).param("action", action)
			.param("actor", actor).param("since", Timestamp.from(clock.instant().minus(window)))
			.query(Boolean.class).single();
		if (!recent) {
			recordAs(actor, action, recordType, recordId);
		}
	}

	/** Records an action of {@code actor}: written with the transaction's commit ({@link WritesAtCommit}). */
	public void recordAs(String actor, String action, String recordType, String recordId) {
		writes.add(INSERT, Timestamp.from(clock.instant()), actor, action, recordType, recordId, currentAddress());
	}

	/** A page of the log, newest first: for administrators only, who see every place. */
	@ReadsAcrossScopes(reason = "the audit log is read by administrators only, who see every place")
	Page<Entry> entries(Query q, PageQuery page) {
		Instant from = q.from() == null ? Instant.EPOCH : Times.startOf(q.from());
		Instant to = q.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : Times.endOf(q.to());
		List<Entry> items = bind(jdbc.sql(SELECT), q, from, to).param("limit", page.size()).param("offset", page.offset())
			.query((rs, i) -> new Entry(Times.local(rs.getTimestamp("at").toInstant()), rs.getString("actor"),
					rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"), rs.getString("address")))
			.list();
		return Page.of(items, page, bind(jdbc.sql(COUNT), q, from, to).query(Long.class).single());
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Query q, Instant from, Instant to) {
		return spec.param("actor", q.actor()).param("recordType", q.recordType()).param("recordId", q.recordId())
			.param("from", Timestamp.from(from)).param("to", Timestamp.from(to));
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
