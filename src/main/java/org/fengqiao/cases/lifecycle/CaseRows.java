package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseKind;
import org.fengqiao.cases.CaseLevel;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.Channel;
import org.fengqiao.cases.Priority;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.SupervisionLevel;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Maps case rows in one place. */
public final class CaseRows {

	static final String COLUMNS = """
			c.id, c.number, c.kind, c.category_code, c.channel, c.title, c.description, c.priority, c.status, c.level,
			c.region_code, c.grid_code, c.address, c.lat, c.lng, c.reporter_name, c.reporter_phone, c.reporter_id_number,
			c.holding_unit, c.lead_unit, c.co_units, c.first_receiver, c.reported_by, c.received_at, c.dispatched_at,
			c.sign_for_deadline, c.accepted_at, c.due_at, c.warning_at, c.warning, c.overdue, c.supervision,
			c.extension_days, c.extension_reason, c.extensions_granted, c.resolved_at, c.closed_at, c.satisfaction,
			c.merged_into, c.has_attachments, c.sign_for_overdue, c.resolved_on_time, c.version, c.occurred_at,
			c.source_type, c.source_id
			""";

	private CaseRows() {
	}

	static CaseRecord map(ResultSet rs, int row) throws SQLException {
		return new CaseRecord(rs.getLong("id"), rs.getString("number"), CaseKind.valueOf(rs.getString("kind")),
				rs.getString("category_code"), Channel.valueOf(rs.getString("channel")), rs.getString("title"),
				rs.getString("description"), Priority.valueOf(rs.getString("priority")),
				CaseStatus.valueOf(rs.getString("status")), CaseLevel.valueOf(rs.getString("level")),
				rs.getString("region_code"), rs.getString("grid_code"), rs.getString("address"),
				(Double) rs.getObject("lat"), (Double) rs.getObject("lng"), rs.getString("reporter_name"),
				rs.getBytes("reporter_phone"), rs.getBytes("reporter_id_number"), rs.getString("holding_unit"),
				rs.getString("lead_unit"), strings(rs.getArray("co_units")), rs.getString("first_receiver"),
				rs.getString("reported_by"), instant(rs, "received_at"), instant(rs, "dispatched_at"),
				instant(rs, "sign_for_deadline"), instant(rs, "accepted_at"), instant(rs, "due_at"),
				instant(rs, "warning_at"), rs.getBoolean("warning"), rs.getBoolean("overdue"),
				rs.getString("supervision") == null ? null : SupervisionLevel.valueOf(rs.getString("supervision")),
				(Integer) rs.getObject("extension_days"), rs.getString("extension_reason"),
				rs.getInt("extensions_granted"), instant(rs, "resolved_at"), instant(rs, "closed_at"),
				rs.getString("satisfaction") == null ? null : Satisfaction.valueOf(rs.getString("satisfaction")),
				rs.getString("merged_into"), rs.getBoolean("has_attachments"), rs.getBoolean("sign_for_overdue"),
				(Boolean) rs.getObject("resolved_on_time"), rs.getInt("version"), instant(rs, "occurred_at"),
				rs.getString("source_type"), rs.getString("source_id"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	public static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : List.of((String[]) array.getArray());
	}

	public static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}
