package org.fengqiao.cases;

import static org.fengqiao.cases.CaseRows.ts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.platform.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case aggregate's table, its co-unit parts and its timeline. Every state change is a guarded update. */
@Repository
class CaseRepository {

	/**
	 * Intake's one writing statement: the counter ({@link CaseNumbers#NEXT}), the case, its CREATE event and
	 * its audit row (and the idempotency key's case, {@link #IDEMPOTENCY_KEY}), answering the new row. Intake
	 * runs it last, just before the commit, so the town's counter row is locked only that long.
	 */
	private static final String INSERT = """
			WITH n AS (%s),
			c AS (
			    INSERT INTO cases (number, kind, category_code, channel, title, description, priority, status, level,
			        region_code, grid_code, address, lat, lng, reporter_name, reporter_phone, reporter_phone_hash,
			        reporter_id_number, reporter_id_hash, holding_unit, first_receiver, reported_by, received_at, updated_at,
			        has_attachments)
			    VALUES (%s, :kind, :category, :channel, :title, :description, :priority, 'RECEIVED', :level,
			        :region, :grid, :address, :lat, :lng, :reporterName, :reporterPhone, :reporterPhoneHash,
			        :reporterId, :reporterIdHash, :holdingUnit, :firstReceiver, :reportedBy, :at, :at, :hasAttachments)
			    RETURNING *),
			e AS (
			    INSERT INTO case_events (case_id, at, actor, action, from_status, to_status, attachments)
			    VALUES ((SELECT id FROM c), :at, :firstReceiver, 'CREATE', NULL, 'RECEIVED', :attachments)),
			a AS (%s)%%s
			SELECT %s FROM c
			""".formatted(CaseNumbers.NEXT, CaseNumbers.NUMBER_OF_NEXT, AuditLog.insertSql("(SELECT number FROM c)"),
			CaseRows.COLUMNS);
	private static final String IDEMPOTENCY_KEY = """
			,
			k AS (
			    UPDATE case_idempotency_keys SET case_id = (SELECT id FROM c) WHERE username = :keyUser AND key = :key)""";
	private static final String INSERT_EVENT = """
			INSERT INTO case_events (case_id, at, actor, action, from_status, to_status, comment, attachments, data)
			VALUES (:caseId, :at, :actor, :action, :from, :to, :comment, :attachments, CAST(:data AS jsonb))
			RETURNING id
			""";

	/**
	 * One action's writing statement: the guarded update (CTE {@code u}), its timeline event ({@code e}), its
	 * audit row ({@code a}) and its notifications with their outbox rows ({@link Notifications#ctes}),
	 * answering the updated row — or no row if the case had left the expected status.
	 */
	private static final String ACTION = """
			WITH u AS (
			    UPDATE cases SET %s WHERE id = :id AND status = :expected
			    RETURNING *),
			e AS (
			    INSERT INTO case_events (case_id, at, actor, action, from_status, to_status, comment, attachments, data)
			    SELECT u.id, CAST(:now AS timestamptz), CAST(:evActor AS varchar), CAST(:evAction AS varchar),
			        CAST(:evFrom AS varchar), CAST(:evTo AS varchar), CAST(:evComment AS text),
			        CAST(:evAttachments AS uuid[]), CAST(:evData AS jsonb)
			    FROM u
			    RETURNING id),
			a AS (%s)%s
			SELECT %s FROM u c
			""";

	/** What one action writes besides its SET clause: the event, the notifications and the audit entry. */
	record ActionWrite(String actor, CaseAction action, CaseStatus to, String comment, List<UUID> attachments,
			String dataJson, List<Notifications.Message> messages) {
	}

	/** A new case as intake has checked it; its number is null until {@link #insert} gives it one. */
	record NewCase(String number, CaseKind kind, String category, Channel channel, String title, String description,
			Priority priority, CaseLevel level, String regionCode, String gridCode, String address, Double lat,
			Double lng, String reporterName, byte[] reporterPhone, byte[] reporterPhoneHash, byte[] reporterIdNumber,
			byte[] reporterIdHash, String holdingUnit, String firstReceiver, String reportedBy, Instant at) {
	}

	/** One timeline entry. */
	record Event(Instant at, String actor, CaseAction action, String actionName, CaseStatus from, CaseStatus to,
			String comment, List<UUID> attachments) {
	}

	/** A co-unit's part of joint handling. */
	record CoUnitPart(String unit, Instant acceptedAt, Instant reportedAt, String result) {
	}

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Numbers a new case by the counter of {@code numberUnit} (a 9-digit town or 6-digit county code) and writes it with its CREATE event and audit row in one statement; the answer is the
	 * row as stored. With an idempotency key, the key (claimed earlier in the transaction) names the case.
	 */
	CaseRecord insert(String numberUnit, NewCase c, List<UUID> attachments, String idempotencyKey, AuditLog audit) {
		int year = CaseNumbers.year(c.at());
		JdbcClient.StatementSpec spec = jdbc.sql(INSERT.formatted(idempotencyKey == null ? "" : IDEMPOTENCY_KEY))
			.param("unit", numberUnit).param("year", year)
			.param("numberPrefix", CaseNumbers.prefix(numberUnit, year)).param("kind", c.kind().name())
			.param("category", c.category()).param("channel", c.channel().name()).param("title", c.title())
			.param("description", c.description()).param("priority", c.priority().name())
			.param("level", c.level().name()).param("region", c.regionCode()).param("grid", c.gridCode())
			.param("address", c.address()).param("lat", c.lat()).param("lng", c.lng())
			.param("reporterName", c.reporterName()).param("reporterPhone", c.reporterPhone())
			.param("reporterPhoneHash", c.reporterPhoneHash()).param("reporterId", c.reporterIdNumber())
			.param("reporterIdHash", c.reporterIdHash()).param("holdingUnit", c.holdingUnit())
			.param("firstReceiver", c.firstReceiver()).param("reportedBy", c.reportedBy()).param("at", ts(c.at()))
			.param("attachments", attachments.toArray(UUID[]::new)).param("hasAttachments", !attachments.isEmpty());
		if (idempotencyKey != null) {
			spec = spec.param("keyUser", c.firstReceiver()).param("key", idempotencyKey);
		}
		return audit.bind(spec, AuditLog.currentActor(), "CASE_CREATE", "case").query(CaseRows::map).single();
	}

	@org.fengqiao.platform.ReadsAcrossScopes(reason = "a case by number; Cases checks it with CaseVisibility before answering")
	Optional<CaseRecord> find(String number) {
		return jdbc.sql("SELECT " + CaseRows.COLUMNS + " FROM cases c WHERE c.number = :number")
			.param("number", number).query(CaseRows::map).optional();
	}

	/** The case, locked for this transaction so concurrent actions on it are serialized. */
	@org.fengqiao.platform.ReadsAcrossScopes(reason = "a case by number, locked; Cases checks it with CaseVisibility before acting")
	Optional<CaseRecord> lock(String number) {
		return jdbc.sql("SELECT " + CaseRows.COLUMNS + " FROM cases c WHERE c.number = :number FOR UPDATE")
			.param("number", number).query(CaseRows::map).optional();
	}

	@org.fengqiao.platform.ReadsAcrossScopes(reason = "a case by id for system work (events, the demo loader); Cases answers a caller only through CaseVisibility")
	Optional<CaseRecord> find(long id) {
		return jdbc.sql("SELECT " + CaseRows.COLUMNS + " FROM cases c WHERE c.id = :id").param("id", id)
			.query(CaseRows::map).optional();
	}

	long event(long caseId, Instant at, String actor, String action, CaseStatus from, CaseStatus to, String comment,
			List<UUID> attachments, String dataJson) {
		return jdbc.sql(INSERT_EVENT).param("caseId", caseId).param("at", ts(at)).param("actor", actor)
			.param("action", action).param("from", from == null ? null : from.name())
			.param("to", to == null ? null : to.name()).param("comment", comment)
			.param("attachments", attachments.toArray(UUID[]::new)).param("data", dataJson)
			.query(Long.class).single();
	}

	List<Event> timeline(long caseId) {
		return jdbc.sql("""
				SELECT at, actor, action, from_status, to_status, comment, attachments
				FROM case_events WHERE case_id = :caseId ORDER BY id
				""").param("caseId", caseId).query((rs, i) -> {
			String action = rs.getString("action");
			java.sql.Array ids = rs.getArray("attachments");
			return new Event(CaseRows.instant(rs, "at"), rs.getString("actor"), null, action,
					status(rs.getString("from_status")), status(rs.getString("to_status")), rs.getString("comment"),
					ids == null ? List.of() : List.of((UUID[]) ids.getArray()));
		}).list();
	}

	List<CoUnitPart> coUnitParts(long caseId) {
		return jdbc.sql("SELECT unit_code, accepted_at, reported_at, result FROM case_co_units WHERE case_id = :id ORDER BY unit_code")
			.param("id", caseId)
			.query((rs, i) -> new CoUnitPart(rs.getString("unit_code"), CaseRows.instant(rs, "accepted_at"),
					CaseRows.instant(rs, "reported_at"), rs.getString("result")))
			.list();
	}

	/** Replaces a case's co-unit parts; {@code mayHaveParts} false skips the delete (never dispatched). */
	void replaceCoUnits(long caseId, List<String> units, boolean mayHaveParts) {
		if (mayHaveParts) {
			jdbc.sql("DELETE FROM case_co_units WHERE case_id = :id").param("id", caseId).update();
		}
		if (!units.isEmpty()) {
			jdbc.sql("INSERT INTO case_co_units (case_id, unit_code) SELECT :id, unnest(CAST(:units AS varchar[]))")
				.param("id", caseId).param("units", units.toArray(String[]::new)).update();
		}
	}

	int coUnitAccepts(long caseId, String unit, Instant at) {
		return jdbc.sql("UPDATE case_co_units SET accepted_at = :at WHERE case_id = :id AND unit_code = :unit AND accepted_at IS NULL")
			.param("id", caseId).param("unit", unit).param("at", ts(at)).update();
	}

	int coUnitReports(long caseId, String unit, String result, Instant at) {
		return jdbc.sql("UPDATE case_co_units SET reported_at = :at, result = :result, accepted_at = COALESCE(accepted_at, :at) WHERE case_id = :id AND unit_code = :unit")
			.param("id", caseId).param("unit", unit).param("result", result).param("at", ts(at)).update();
	}

	long coUnitsPending(long caseId) {
		return jdbc.sql("SELECT count(*) FROM case_co_units WHERE case_id = :id AND reported_at IS NULL")
			.param("id", caseId).query(Long.class).single();
	}

	/**
	 * Applies one action in one statement: the guarded update (only while the case is still in
	 * {@code expected}) with its event, notifications and audit row. Empty if the case moved meanwhile.
	 */
	Optional<CaseRecord> apply(CaseRecord c, String setClause, Map<String, Object> params, ActionWrite w,
			AuditLog audit) {
		String sql = ACTION.formatted(setClause, AuditLog.insertSql(":caseNumber"), Notifications.ctes(w.messages()),
				CaseRows.COLUMNS);
		JdbcClient.StatementSpec spec = jdbc.sql(sql).param("id", c.id()).param("expected", c.status().name())
			.param("caseNumber", c.number()).param("evActor", w.actor()).param("evAction", w.action().name())
			.param("evFrom", c.status().name()).param("evTo", w.to().name()).param("evComment", w.comment())
			.param("evAttachments", w.attachments().toArray(UUID[]::new)).param("evData", w.dataJson());
		for (var e : params.entrySet()) {
			spec = spec.param(e.getKey(), e.getValue());
		}
		spec = Notifications.bind(spec, w.messages(), w.action());
		return audit.bind(spec, w.actor(), "CASE_" + w.action().name(), "case").query(CaseRows::map).optional();
	}

	private static CaseStatus status(String s) {
		return s == null ? null : CaseStatus.valueOf(s);
	}
}
