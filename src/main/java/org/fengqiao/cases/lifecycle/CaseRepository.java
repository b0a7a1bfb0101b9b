package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Channel;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.intake.CaseNumbers;
import static org.fengqiao.cases.lifecycle.CaseRows.ts;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.fengqiao.cases.CaseChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.fengqiao.platform.db.WritesAtCommit;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import tools.jackson.databind.json.JsonMapper;

/**
 * The case aggregate's table, its co-unit parts and its timeline. A case is written by two statements only:
 * {@link #INSERT} at intake and {@link #CHANGE} for every change (an action or a clock mark), sent at once
 * ({@link #write}) or with the commit ({@link #writeAtCommit}), always guarded by the row's version so a
 * concurrent change is never overwritten. A change also sends the rollup groups it moves ({@link RollupMoves}; at
 * intake the table's insert trigger counts the new case). Each publishes {@link CaseChanged} in the same transaction,
 * for the modules that keep numbers about cases.
 */
@Repository
public class CaseRepository {

	/**
	 * Intake: the unit's counter for the year moves by one (its row stays locked until the commit right after),
	 * the case is written with that number, its CREATE event, and the idempotency key (if any) names it.
	 */
	private static final String INSERT = """
			WITH n AS (
			    INSERT INTO case_sequences (unit_code, year, last_value) VALUES (:unit, :year, 1)
			    ON CONFLICT (unit_code, year) DO UPDATE SET last_value = case_sequences.last_value + 1
			    RETURNING last_value),
			c AS (
			    INSERT INTO cases (number, kind, category_code, channel, title, description, priority, status, level,
			        region_code, grid_code, address, lat, lng, reporter_name, reporter_phone, reporter_phone_hash,
			        reporter_id_number, reporter_id_hash, holding_unit, first_receiver, reported_by, received_at,
			        occurred_at, source_type, source_id, sign_for_deadline, warning_at, updated_at, has_attachments)
			    SELECT :numberPrefix || lpad(n.last_value::text, greatest(6, length(n.last_value::text)), '0'),
			        :kind, :category, :channel, :title, :description, :priority, 'RECEIVED', :level,
			        :region, :grid, :address, :lat, :lng, :reporterName, :reporterPhone, :reporterPhoneHash,
			        :reporterId, :reporterIdHash, :holdingUnit, :firstReceiver, :reportedBy, :at,
			        :occurredAt, :sourceType, :sourceId, :signForDeadline, :warningAt, :at, :hasAttachments
			    FROM n
			    RETURNING *),
			e AS (
			    INSERT INTO case_events (case_id, at, actor, action, from_status, to_status, attachments)
			    SELECT id, :at, :firstReceiver, 'CREATE', NULL, 'RECEIVED', CAST(:attachments AS uuid[]) FROM c),
			k AS (
			    UPDATE case_idempotency_keys SET case_id = (SELECT id FROM c)
			    WHERE username = :firstReceiver AND key = CAST(:key AS varchar))
			SELECT %s FROM c
			""".formatted(CaseRows.COLUMNS);

	/**
	 * One change: every column an action or mark may move, set from the change's row — only while the case
	 * is still at the version it was decided on — with its timeline events and, when they changed, its
	 * co-unit parts ({@link #PARTS}); {@code %1$s} is what the update returns, {@code %2$s} the parts' statements
	 * or nothing, and {@code %3$s} the statement's answer.
	 */
	private static final String CHANGE = """
			WITH u AS (
			    UPDATE cases SET status = :status, level = :level, holding_unit = :holdingUnit, lead_unit = :leadUnit,
			        co_units = CAST(:coUnits AS varchar[]), dispatched_at = :dispatchedAt,
			        sign_for_deadline = :signForDeadline, accepted_at = :acceptedAt, due_at = :dueAt,
			        warning_at = :warningAt, warning = :warning, overdue = :overdue, sign_for_overdue = :signForOverdue,
			        supervision = :supervision, extension_days = :extensionDays, extension_reason = :extensionReason,
			        extensions_granted = :extensionsGranted, resolved_at = :resolvedAt,
			        resolved_on_time = CAST(:resolvedOnTime AS boolean), closed_at = :closedAt,
			        satisfaction = :satisfaction, merged_into = :mergedInto, has_attachments = :hasAttachments,
			        version = :version + 1, updated_at = :now
			    WHERE id = :id AND version = :version
			    RETURNING %1$s),
			e AS (
			    INSERT INTO case_events (case_id, at, actor, action, from_status, to_status, comment, attachments, data)
			    %4$s)%2$s
			%3$s
			""";

	/**
	 * The change's timeline entries for {@link #CHANGE}: one entry (most changes) as plain values, several as
	 * arrays unnested in order, the first carrying the attachments. One entry spares the driver seven array
	 * encodings and the database a function scan and a sort per change (issue 15). Every value is cast to what the
	 * driver sends when it is not null (varchar): a null then makes PostgreSQL infer the same type, and the prepared
	 * statement is kept (a {@code CAST(? AS text)} first prepared with a null was prepared again, and planned again,
	 * for most changes).
	 */
	private static final String ONE_EVENT = """
			SELECT u.id, CAST(:evAt1 AS timestamptz), CAST(:evActor1 AS varchar), CAST(:evAction1 AS varchar),
			        CAST(:evFrom1 AS varchar), CAST(:evTo1 AS varchar), CAST(:evComment1 AS varchar),
			        CAST(:attachments AS uuid[]), CAST(CAST(:evData1 AS varchar) AS jsonb)
			    FROM u""";
	private static final String EVENTS = """
			SELECT u.id, ev.at, ev.actor, ev.action, ev.from_status, ev.to_status, ev.comment,
			        CASE WHEN ev.ord = 1 THEN CAST(:attachments AS uuid[]) ELSE '{}' END, CAST(ev.data AS jsonb)
			    FROM u, unnest(CAST(:evAt AS timestamptz[]), CAST(:evActor AS varchar[]), CAST(:evAction AS varchar[]),
			                   CAST(:evFrom AS varchar[]), CAST(:evTo AS varchar[]), CAST(:evComment AS text[]),
			                   CAST(:evData AS text[]))
			            WITH ORDINALITY AS ev(at, actor, action, from_status, to_status, comment, data, ord)
			    ORDER BY ev.ord""";

	/**
	 * The co-unit parts as the change leaves them, in {@link #CHANGE} only when they changed. Most changes leave them,
	 * and PostgreSQL starts every statement of a CTE even under a false guard: without these two, starting the
	 * lifecycle's writes fell from 11.2% to 8.8% of the database's CPU (perf, issue 15).
	 */
	private static final String PARTS = """
			,
			p AS (
			    INSERT INTO case_co_units (case_id, unit_code, accepted_at, reported_at, result)
			    SELECT u.id, p.unit, p.accepted_at, p.reported_at, p.result
			    FROM u, unnest(CAST(:partUnit AS varchar[]), CAST(:partAccepted AS timestamptz[]),
			                   CAST(:partReported AS timestamptz[]), CAST(:partResult AS text[]))
			            AS p(unit, accepted_at, reported_at, result)
			    ON CONFLICT (case_id, unit_code) DO UPDATE
			        SET accepted_at = EXCLUDED.accepted_at, reported_at = EXCLUDED.reported_at, result = EXCLUDED.result),
			d AS (
			    DELETE FROM case_co_units old USING u
			    WHERE old.case_id = u.id AND old.unit_code <> ALL (CAST(:partUnit AS varchar[])))""";

	/**
	 * {@link #CHANGE} sent at once, in each {@link #form}: answers the row as stored, or no row when the case
	 * changed meanwhile.
	 */
	private static final String[] WRITE = { write(EVENTS, ""), write(EVENTS, PARTS), write(ONE_EVENT, ""),
			write(ONE_EVENT, PARTS) };

	/**
	 * {@link #CHANGE} sent with the commit ({@link WritesAtCommit}), in positional form, in each {@link #form}:
	 * it answers nothing the transaction waits for, and fails with a serialization failure (SQLSTATE 40001,
	 * migration V2026_12_07_1400) when the case changed meanwhile, so the transaction rolls back with every write it
	 * held.
	 */
	private static final ParsedSql[] WRITE_AT_COMMIT = { writeAtCommit(EVENTS, ""), writeAtCommit(EVENTS, PARTS),
			writeAtCommit(ONE_EVENT, ""), writeAtCommit(ONE_EVENT, PARTS) };
	private static final String[] WRITE_AT_COMMIT_SQL = java.util.Arrays.stream(WRITE_AT_COMMIT)
		.map(parsed -> NamedParameterUtils.substituteNamedParameters(parsed, null)).toArray(String[]::new);

	/** Which form of {@link #CHANGE} writes a change: its parts or not, one timeline entry or several. */
	private static int form(CaseChange change) {
		return (change.partsChanged() ? 1 : 0) + (change.events().size() == 1 ? 2 : 0);
	}

	/**
	 * The rollup groups a change moved ({@link RollupMoves}), added to their rows: one statement per up to
	 * {@value #MOVES_PER_STATEMENT} groups, in the groups' order, so writers lock shared rows in one order.
	 */
	private static final int MOVES_PER_STATEMENT = 8;
	private static final String[] MOVE_ROLLUPS = new String[MOVES_PER_STATEMENT];

	static {
		for (int n = 1; n <= MOVES_PER_STATEMENT; n++) {
			MOVE_ROLLUPS[n - 1] = """
					INSERT INTO case_rollups AS r (via, party, region_code, month, kind, channel, unit, slot,
					    received, resolved, on_time, satisfied, rated, overdue)
					VALUES %s
					ON CONFLICT (via, party, region_code, month, kind, channel, unit, slot) DO UPDATE SET
					    received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
					    on_time = r.on_time + excluded.on_time, satisfied = r.satisfied + excluded.satisfied,
					    rated = r.rated + excluded.rated, overdue = r.overdue + excluded.overdue"""
				.formatted(String.join(", ", java.util.Collections.nCopies(n,
						"(?, ?, ?, CAST(? AS date), ?, ?, ?, CAST(? AS smallint), ?, ?, ?, ?, ?, ?)")));
		}
	}

	private static String write(String events, String parts) {
		return CHANGE.formatted("*", parts, "SELECT " + CaseRows.COLUMNS + " FROM u c", events);
	}

	private static ParsedSql writeAtCommit(String events, String parts) {
		return NamedParameterUtils
			.parseSqlStatement(CHANGE.formatted("id", parts, "SELECT case_written(count(*), :number) FROM u", events));
	}

	/** A new case as intake has checked it; {@link #insert} numbers it. */
	public record NewCase(CaseKind kind, String category, Channel channel, String title, String description,
			Priority priority, CaseLevel level, String regionCode, String gridCode, String address, Double lat,
			Double lng, String reporterName, byte[] reporterPhone, byte[] reporterPhoneHash, byte[] reporterIdNumber,
			byte[] reporterIdHash, String holdingUnit, String firstReceiver, String reportedBy, Instant at,
			Instant occurredAt, String sourceType, String sourceId, Instant signForDeadline, Instant warningAt) {

		/** The row {@link #INSERT} answers for it under that number (the demo history walks it unwritten, id 0). */
		public CaseRecord received(String number) {
			return new CaseRecord(0, number, kind, category, channel, title, description, priority, CaseStatus.RECEIVED,
					level, regionCode, gridCode, address, lat, lng, reporterName, reporterPhone, reporterIdNumber,
					holdingUnit, null, List.of(), firstReceiver, reportedBy, at, null, signForDeadline, null, null,
					warningAt, false, false, null, null, null, 0, null, null, null, null, false, false, null, 0,
					occurredAt, sourceType, sourceId);
		}
	}

	/** One timeline entry as read. */
	public record Event(Instant at, String actor, String action, CaseStatus from, CaseStatus to, String comment,
			List<UUID> attachments) {
	}

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ApplicationEventPublisher publisher;
	private final WritesAtCommit writes;
	/**
	 * The rows this node last committed, by number: an action starts from one instead of reading it again. Only
	 * {@link #INSERT} and {@link #CHANGE} make rows and each is remembered after its commit, newest version kept;
	 * a row changed meanwhile by another node is caught by the write's version guard and read again. The cache's
	 * upkeep runs on the thread that writes to it: handed to another thread, two writes per action cost two thread
	 * wake-ups (2% of the server's CPU under the lifecycle load, most of it in the kernel).
	 */
	private final Cache<String, CaseRecord> committed = Caffeine.newBuilder().maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(30)).executor(Runnable::run).build();

	CaseRepository(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher publisher, WritesAtCommit writes) {
		this.jdbc = jdbc;
		this.json = json;
		this.publisher = publisher;
		this.writes = writes;
	}

	/**
	 * Numbers a new case by the counter of {@code numberUnit} (a 9-digit town or 6-digit county code) and writes
	 * it with its CREATE event; with an idempotency key (claimed earlier in the transaction), the key names it.
	 */
	public CaseRecord insert(String numberUnit, NewCase c, List<UUID> attachments, String idempotencyKey) {
		int year = CaseNumbers.year(c.at());
		CaseRecord inserted = jdbc.sql(INSERT).param("unit", numberUnit).param("year", year)
			.param("numberPrefix", CaseNumbers.prefix(numberUnit, year)).param("kind", c.kind().name())
			.param("category", c.category()).param("channel", c.channel().name()).param("title", c.title())
			.param("description", c.description()).param("priority", c.priority().name())
			.param("level", c.level().name()).param("region", c.regionCode()).param("grid", c.gridCode())
			.param("address", c.address()).param("lat", c.lat()).param("lng", c.lng())
			.param("reporterName", c.reporterName()).param("reporterPhone", c.reporterPhone())
			.param("reporterPhoneHash", c.reporterPhoneHash()).param("reporterId", c.reporterIdNumber())
			.param("reporterIdHash", c.reporterIdHash()).param("holdingUnit", c.holdingUnit())
			.param("firstReceiver", c.firstReceiver()).param("reportedBy", c.reportedBy()).param("at", ts(c.at()))
			.param("occurredAt", ts(c.occurredAt())).param("sourceType", c.sourceType())
			.param("sourceId", c.sourceId()).param("signForDeadline", ts(c.signForDeadline()))
			.param("warningAt", ts(c.warningAt())).param("hasAttachments", !attachments.isEmpty())
			.param("attachments", attachments.toArray(UUID[]::new)).param("key", idempotencyKey)
			.query(CaseRows::map).single();
		publisher.publishEvent(CaseChanged.received(inserted.facts()));
		rememberAfterCommit(inserted);
		return inserted;
	}

	/** Writes a change; empty when the case is no longer at the version the change was decided on. */
	public Optional<CaseRecord> write(CaseChange change) {
		CaseRecord a = change.after();
		Optional<CaseRecord> written = jdbc.sql(WRITE[form(change)]).params(parameters(change, a))
			.query(CaseRows::map).optional();
		if (written.isEmpty()) {
			committed.invalidate(a.number());
			return written;
		}
		moveRollups(change.before(), written.get());
		publisher.publishEvent(new CaseChanged(CaseChanged.Kind.CHANGED, change.before().facts(), written.get().facts()));
		rememberAfterCommit(written.get());
		return written;
	}

	/**
	 * Writes a change with the transaction's commit, in the commit's own round trip ({@link WritesAtCommit}), and
	 * answers the row as it will be stored: the change's row, its times at the database's precision (microseconds).
	 * If the case is no longer at the version the change was decided on, the commit fails with a
	 * {@link org.springframework.dao.PessimisticLockingFailureException} and nothing of the transaction is kept: the
	 * caller takes the action again in a new transaction, from the stored case ({@link #forget}). Nothing in the
	 * transaction may read the case after this (it would see it unchanged).
	 */
	public CaseRecord writeAtCommit(CaseChange change) {
		CaseRecord stored = atDatabasePrecision(change.after());
		Map<String, Object> parameters = parameters(change, stored);
		parameters.put("number", stored.number());
		int form = form(change);
		writes.add(WRITE_AT_COMMIT_SQL[form],
				NamedParameterUtils.buildValueArray(WRITE_AT_COMMIT[form], new MapSqlParameterSource(parameters), null));
		moveRollups(change.before(), stored);
		publisher.publishEvent(new CaseChanged(CaseChanged.Kind.CHANGED, change.before().facts(), stored.facts()));
		rememberAfterCommit(stored);
		return stored;
	}

	/**
	 * Adds what the change moved to the rollups, with the commit: after the change, which fails the whole transaction
	 * if the case was no longer at the version {@code before} is (so the move is never applied to another row).
	 */
	private void moveRollups(CaseRecord before, CaseRecord after) {
		List<RollupMoves.Move> moves = RollupMoves.of(before, after);
		for (int from = 0; from < moves.size(); from += MOVES_PER_STATEMENT) {
			List<RollupMoves.Move> some = moves.subList(from, Math.min(moves.size(), from + MOVES_PER_STATEMENT));
			Object[] args = new Object[some.size() * 14];
			int i = 0;
			for (RollupMoves.Move m : some) {
				args[i++] = m.via();
				args[i++] = m.party();
				args[i++] = m.regionCode();
				args[i++] = m.month().toString();
				args[i++] = m.kind();
				args[i++] = m.channel();
				args[i++] = m.unit();
				args[i++] = m.slot();
				args[i++] = m.received();
				args[i++] = m.resolved();
				args[i++] = m.onTime();
				args[i++] = m.satisfied();
				args[i++] = m.rated();
				args[i++] = m.overdue();
			}
			writes.add(MOVE_ROLLUPS[some.size() - 1], args);
		}
	}

	/** Forgets what this node remembers of a case: the next action reads it as stored. */
	public void forget(String number) {
		committed.invalidate(number);
	}

	/** The times {@link #CHANGE} sets, cut to microseconds as PostgreSQL keeps them (it would round, not cut). */
	private static CaseRecord atDatabasePrecision(CaseRecord c) {
		CaseEdit e = c.edit();
		e.dispatchedAt = micros(e.dispatchedAt);
		e.signForDeadline = micros(e.signForDeadline);
		e.acceptedAt = micros(e.acceptedAt);
		e.dueAt = micros(e.dueAt);
		e.warningAt = micros(e.warningAt);
		e.resolvedAt = micros(e.resolvedAt);
		e.closedAt = micros(e.closedAt);
		return e.done();
	}

	private static Instant micros(Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
	}

	/** The parameters of {@link #CHANGE} for a change whose row after is {@code a}. */
	private Map<String, Object> parameters(CaseChange change, CaseRecord a) {
		List<CaseEvent> events = change.events();
		List<CoUnitPart> parts = change.partsChanged() ? change.partsAfter() : List.of();
		Map<String, Object> p = new HashMap<>(64);
		p.put("id", a.id());
		p.put("version", change.before().version());
		p.put("status", a.status().name());
		p.put("level", a.level().name());
		p.put("holdingUnit", a.holdingUnit());
		p.put("leadUnit", a.leadUnit());
		p.put("coUnits", a.coUnits().toArray(String[]::new));
		p.put("dispatchedAt", ts(a.dispatchedAt()));
		p.put("signForDeadline", ts(a.signForDeadline()));
		p.put("acceptedAt", ts(a.acceptedAt()));
		p.put("dueAt", ts(a.dueAt()));
		p.put("warningAt", ts(a.warningAt()));
		p.put("warning", a.warning());
		p.put("overdue", a.overdue());
		p.put("signForOverdue", a.signForOverdue());
		p.put("supervision", a.supervision() == null ? null : a.supervision().name());
		p.put("extensionDays", a.extensionDays());
		p.put("extensionReason", a.extensionReason());
		p.put("extensionsGranted", a.extensionsGranted());
		p.put("resolvedAt", ts(a.resolvedAt()));
		p.put("resolvedOnTime", a.resolvedOnTime());
		p.put("closedAt", ts(a.closedAt()));
		p.put("satisfaction", a.satisfaction() == null ? null : a.satisfaction().name());
		p.put("mergedInto", a.mergedInto());
		p.put("hasAttachments", a.hasAttachments());
		p.put("now", ts(events.get(0).at()));
		p.put("attachments", change.attachments().toArray(UUID[]::new));
		p.put("partUnit", parts.stream().map(CoUnitPart::unit).toArray(String[]::new));
		p.put("partAccepted", parts.stream().map(x -> text(x.acceptedAt())).toArray(String[]::new));
		p.put("partReported", parts.stream().map(x -> text(x.reportedAt())).toArray(String[]::new));
		p.put("partResult", parts.stream().map(CoUnitPart::result).toArray(String[]::new));
		if (events.size() == 1) {
			CaseEvent e = events.get(0);
			p.put("evAt1", e.at().toString());
			p.put("evActor1", e.actor());
			p.put("evAction1", e.action());
			p.put("evFrom1", e.from() == null ? null : e.from().name());
			p.put("evTo1", e.to() == null ? null : e.to().name());
			p.put("evComment1", e.comment());
			p.put("evData1", data(e));
			return p;
		}
		p.put("evAt", events.stream().map(e -> e.at().toString()).toArray(String[]::new));
		p.put("evActor", events.stream().map(CaseEvent::actor).toArray(String[]::new));
		p.put("evAction", events.stream().map(CaseEvent::action).toArray(String[]::new));
		p.put("evFrom", events.stream().map(e -> e.from() == null ? null : e.from().name()).toArray(String[]::new));
		p.put("evTo", events.stream().map(e -> e.to() == null ? null : e.to().name()).toArray(String[]::new));
		p.put("evComment", events.stream().map(CaseEvent::comment).toArray(String[]::new));
		p.put("evData", events.stream().map(this::data).toArray(String[]::new));
		return p;
	}

	/**
	 * The case as this node last committed it, or as stored: the start of an action, whose write is guarded by the
	 * version it was decided on (a row changed elsewhere meanwhile fails that guard and is read again).
	 */
	@org.fengqiao.platform.ReadsAcrossScopes(reason = "a case by number for an action; Cases checks it with CaseVisibility before acting")
	public Optional<CaseRecord> findForAction(String number) {
		CaseRecord remembered = committed.getIfPresent(number);
		return remembered != null ? Optional.of(remembered) : find(number);
	}

	/** Forgets the row until the transaction commits (a rollback leaves nothing remembered), then keeps the newest. */
	private void rememberAfterCommit(CaseRecord row) {
		committed.invalidate(row.number());
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			remember(row);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				remember(row);
			}
		});
	}

	private void remember(CaseRecord row) {
		committed.asMap().merge(row.number(), row, (old, fresh) -> fresh.version() >= old.version() ? fresh : old);
	}

	@org.fengqiao.platform.ReadsAcrossScopes(reason = "a case by number; Cases checks it with CaseVisibility before answering")
	public Optional<CaseRecord> find(String number) {
		return jdbc.sql("SELECT " + CaseRows.COLUMNS + " FROM cases c WHERE c.number = :number")
			.param("number", number).query(CaseRows::map).optional();
	}

	@org.fengqiao.platform.ReadsAcrossScopes(reason = "a case by id for the lifecycle's own work (re-read after a concurrent change, the sweeper's batch); Cases answers a caller only through CaseVisibility")
	public Optional<CaseRecord> find(long id) {
		return jdbc.sql("SELECT " + CaseRows.COLUMNS + " FROM cases c WHERE c.id = :id").param("id", id)
			.query(CaseRows::map).optional();
	}

	/** Locks the case's row for this transaction (a merge writes two cases and locks both first). */
	@org.fengqiao.platform.ReadsAcrossScopes(reason = "locks a case by id that Cases has already checked with CaseVisibility")
	public void lock(long id) {
		jdbc.sql("SELECT id FROM cases WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).optional();
	}

	/** The cases with these ids (the sweeper's claimed batch), in no particular order. */
	@org.fengqiao.platform.ReadsAcrossScopes(reason = "the deadline sweeper's claimed batch, for no caller")
	public List<CaseRecord> findAll(Long[] ids) {
		return jdbc.sql("SELECT " + CaseRows.COLUMNS + " FROM cases c WHERE c.id = ANY (:ids)").param("ids", ids)
			.query(CaseRows::map).list();
	}

	public List<Event> timeline(long caseId) {
		return jdbc.sql("""
				SELECT at, actor, action, from_status, to_status, comment, attachments
				FROM case_events WHERE case_id = :caseId ORDER BY id
				""").param("caseId", caseId).query((rs, i) -> {
			java.sql.Array ids = rs.getArray("attachments");
			return new Event(CaseRows.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
					status(rs.getString("from_status")), status(rs.getString("to_status")), rs.getString("comment"),
					ids == null ? List.of() : List.of((UUID[]) ids.getArray()));
		}).list();
	}

	/** The text of a petition's written notice of not-acceptance, with its event. */
	public record NotAcceptance(Instant at, String actor, String reason, String notice) {
	}

	public Optional<NotAcceptance> notAcceptance(long caseId) {
		return jdbc.sql("""
				SELECT at, actor, comment, data ->> 'notice' AS notice FROM case_events
				WHERE case_id = :caseId AND action = 'NOT_ACCEPT' ORDER BY id DESC LIMIT 1
				""").param("caseId", caseId)
			.query((rs, i) -> new NotAcceptance(CaseRows.instant(rs, "at"), rs.getString("actor"),
					rs.getString("comment"), rs.getString("notice")))
			.optional();
	}

	/** The co-unit parts of a case, or none without a query when it cannot have any. */
	public List<CoUnitPart> coUnitParts(CaseRecord c) {
		if (!c.mayHaveCoUnitParts()) {
			return List.of();
		}
		return jdbc.sql("SELECT unit_code, accepted_at, reported_at, result FROM case_co_units WHERE case_id = :id ORDER BY unit_code")
			.param("id", c.id())
			.query((rs, i) -> new CoUnitPart(rs.getString("unit_code"), CaseRows.instant(rs, "accepted_at"),
					CaseRows.instant(rs, "reported_at"), rs.getString("result")))
			.list();
	}

	private String data(CaseEvent e) {
		return e.data().isEmpty() ? null : json.writeValueAsString(e.data());
	}

	private static String text(Instant instant) {
		return instant == null ? null : instant.toString();
	}

	private static CaseStatus status(String s) {
		return s == null ? null : CaseStatus.valueOf(s);
	}
}
