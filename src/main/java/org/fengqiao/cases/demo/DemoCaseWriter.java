package org.fengqiao.cases.demo;

import org.fengqiao.cases.lifecycle.CaseEvent;
import org.fengqiao.cases.lifecycle.CaseRecord;
import org.fengqiao.cases.lifecycle.CaseRepository;
import org.fengqiao.cases.rules.RoutingRule;
import static org.fengqiao.cases.lifecycle.CaseRows.ts;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.cases.CaseChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the demo history in batches: the case rows as their walks left them, then co-unit parts and timelines; then
 * each case is announced as {@link CaseChanged} received, as intake would.
 */
@Component
@org.fengqiao.platform.ReadsAcrossScopes(reason = "the demo loader writes every town's cases")
public class DemoCaseWriter {

	/** A finished case: its number and intake fields (reporter contact already encrypted) and its walk. */
	record Written(String number, CaseRepository.NewCase intake, DemoCaseWalk.Result walk) {
	}

	private static final String INSERT_CASE = """
			INSERT INTO cases (number, kind, category_code, channel, title, description, priority, status, level,
			    region_code, grid_code, address, lat, lng, reporter_name, reporter_phone, reporter_phone_hash,
			    reporter_id_number, reporter_id_hash, holding_unit, lead_unit, co_units, first_receiver, reported_by,
			    received_at, dispatched_at, sign_for_deadline, accepted_at, due_at, warning_at, warning, overdue,
			    sign_for_overdue, supervision, extension_days, extension_reason, extensions_granted, resolved_at,
			    resolved_on_time, closed_at, satisfaction, updated_at, version, occurred_at, source_type, source_id,
			    merged_into)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";
	private static final String INSERT_CO_UNIT = """
			INSERT INTO case_co_units (case_id, unit_code, accepted_at, reported_at, result) VALUES (?, ?, ?, ?, ?)
			""";
	/** All timelines in one statement, in the given order (so each case's events get ascending ids). */
	private static final String INSERT_EVENTS = """
			INSERT INTO case_events (case_id, at, actor, action, from_status, to_status, comment, data)
			SELECT case_id, to_timestamp(at_ms / 1000.0), actor, action, from_status, to_status, comment, CAST(data AS jsonb)
			FROM unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS varchar[]), CAST(? AS varchar[]),
			            CAST(? AS varchar[]), CAST(? AS varchar[]), CAST(? AS text[]), CAST(? AS text[]))
			     WITH ORDINALITY AS e(case_id, at_ms, actor, action, from_status, to_status, comment, data, ord)
			ORDER BY ord
			""";
	private static final String INSERT_RULE = """
			INSERT INTO routing_rules (category_code, region_prefix, level, lead_unit, co_units, priority, auto_dispatch)
			VALUES (?, ?, ?, ?, ?, ?, false)
			""";

	private final JdbcTemplate jdbc;
	private final JsonMapper json;
	private final ApplicationEventPublisher publisher;

	DemoCaseWriter(JdbcTemplate jdbc, JsonMapper json, ApplicationEventPublisher publisher) {
		this.jdbc = jdbc;
		this.json = json;
		this.publisher = publisher;
	}

	void rules(List<RoutingRule> rules) {
		jdbc.batchUpdate(INSERT_RULE, rules, rules.size(), (ps, r) -> {
			ps.setString(1, r.category());
			ps.setString(2, r.regionPrefix());
			ps.setString(3, r.level().name());
			ps.setString(4, r.leadUnit());
			ps.setArray(5, ps.getConnection().createArrayOf("varchar", r.coUnits().toArray()));
			ps.setInt(6, r.priority());
		});
	}

	void write(List<Written> cases) {
		jdbc.batchUpdate(INSERT_CASE, cases, 200, DemoCaseWriter::setCase);
		Map<String, Long> ids = new HashMap<>();
		jdbc.query("SELECT id, number FROM cases WHERE number = ANY (?)",
				ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar",
						cases.stream().map(Written::number).toArray())),
				rs -> {
					ids.put(rs.getString("number"), rs.getLong("id"));
				});
		List<Object[]> parts = new ArrayList<>();
		List<List<Object>> events = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		for (Written c : cases) {
			long id = ids.get(c.number());
			c.walk().parts().forEach(p -> parts.add(new Object[] { id, p.unit(), ts(p.acceptedAt()),
					ts(p.reportedAt()), p.result() }));
			for (CaseEvent e : c.walk().events()) {
				Object[] values = { id, e.at().toEpochMilli(), e.actor(), e.action(),
						e.from() == null ? null : e.from().name(), e.to() == null ? null : e.to().name(), e.comment(),
						e.data().isEmpty() ? null : json.writeValueAsString(e.data()) };
				for (int i = 0; i < values.length; i++) {
					events.get(i).add(values[i]);
				}
			}
		}
		jdbc.batchUpdate(INSERT_CO_UNIT, parts, new int[] { Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP,
				Types.TIMESTAMP, Types.VARCHAR });
		String[] types = { "bigint", "bigint", "varchar", "varchar", "varchar", "varchar", "text", "text" };
		jdbc.update(INSERT_EVENTS, ps -> {
			for (int i = 0; i < types.length; i++) {
				ps.setArray(i + 1, ps.getConnection().createArrayOf(types[i], events.get(i).toArray()));
			}
		});
		cases.forEach(c -> publisher.publishEvent(CaseChanged.received(c.walk().record().facts())));
	}

	private static void setCase(PreparedStatement ps, Written w) throws SQLException {
		CaseRepository.NewCase c = w.intake();
		CaseRecord r = w.walk().record();
		List<CaseEvent> events = w.walk().events();
		Object[] values = { w.number(), c.kind().name(), c.category(), c.channel().name(), c.title(), c.description(),
				c.priority().name(), r.status().name(), r.level().name(), c.regionCode(), c.gridCode(), c.address(),
				c.lat(), c.lng(), c.reporterName(), c.reporterPhone(), c.reporterPhoneHash(), c.reporterIdNumber(),
				c.reporterIdHash(), r.holdingUnit(), r.leadUnit(),
				ps.getConnection().createArrayOf("varchar", r.coUnits().toArray()), c.firstReceiver(), c.reportedBy(),
				ts(r.receivedAt()), ts(r.dispatchedAt()), ts(r.signForDeadline()), ts(r.acceptedAt()), ts(r.dueAt()),
				ts(r.warningAt()), r.warning(), r.overdue(), r.signForOverdue(),
				r.supervision() == null ? null : r.supervision().name(), r.extensionDays(), r.extensionReason(),
				r.extensionsGranted(), ts(r.resolvedAt()), r.resolvedOnTime(), ts(r.closedAt()),
				r.satisfaction() == null ? null : r.satisfaction().name(), ts(events.get(events.size() - 1).at()),
				r.version(), ts(r.occurredAt()), r.sourceType(), r.sourceId(), r.mergedInto() };
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				ps.setNull(i + 1, Types.NULL);
			} else {
				ps.setObject(i + 1, values[i]);
			}
		}
	}
}
