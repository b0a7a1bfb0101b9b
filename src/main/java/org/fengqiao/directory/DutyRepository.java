package org.fengqiao.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The duty roster's table: a center's duty leaders by day. */
@Repository
class DutyRepository {

	/** A roster entry as stored, with its staff member's name and still encrypted phone. */
	record Entry(long staffId, String name, byte[] phoneCipher) {
	}

	/** A roster is seen where its center is: in the center's places, or by the center's own people. */
	static final ScopeSql.Rule VISIBLE = ScopeSql.rule(ScopeSql.Part.REGION, "d.region_code").or(ScopeSql.Part.UNIT, "d.code");

	private static final String ON_DAY = VISIBLE.sql("""
			SELECT r.staff_id, s.name, s.phone_cipher
			FROM duty_roster r JOIN departments d ON d.code = r.department_code JOIN staff s ON s.id = r.staff_id
			WHERE r.department_code = :unit AND r.day = :day AND r.kind = :kind AND {scope}
			ORDER BY r.staff_id
			""");

	private static final String IN_MONTH = VISIBLE.sql("""
			SELECT r.day, r.staff_id, s.name, s.phone_cipher
			FROM duty_roster r JOIN departments d ON d.code = r.department_code JOIN staff s ON s.id = r.staff_id
			WHERE r.department_code = :unit AND r.day >= :from AND r.day < :to AND r.kind = :kind AND {scope}
			ORDER BY r.day, r.staff_id
			""");

	/** A roster entry of a day. */
	record DayEntry(LocalDate day, Entry entry) {
	}

	private final JdbcClient jdbc;

	DutyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> onDay(String unit, LocalDate day, DutyKind kind, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(ON_DAY), scope).param("unit", unit).param("day", day).param("kind", kind.name())
			.query((rs, i) -> new Entry(rs.getLong("staff_id"), rs.getString("name"), rs.getBytes("phone_cipher")))
			.list();
	}

	List<DayEntry> inMonth(String unit, java.time.YearMonth month, DutyKind kind, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(IN_MONTH), scope).param("unit", unit).param("from", month.atDay(1))
			.param("kind", kind.name())
			.param("to", month.plusMonths(1).atDay(1))
			.query((rs, i) -> new DayEntry(rs.getObject("day", LocalDate.class),
					new Entry(rs.getLong("staff_id"), rs.getString("name"), rs.getBytes("phone_cipher"))))
			.list();
	}

	/** Replaces the day's duty leaders. */
	void replace(String unit, LocalDate day, DutyKind kind, List<Long> staffIds, String by, Instant at) {
		jdbc.sql("DELETE FROM duty_roster WHERE department_code = :unit AND day = :day AND kind = :kind")
			.param("unit", unit).param("day", day).param("kind", kind.name()).update();
		jdbc.sql("""
				INSERT INTO duty_roster (department_code, day, kind, staff_id, assigned_by, assigned_at)
				SELECT :unit, :day, :kind, id, :by, :at FROM unnest(CAST(:ids AS bigint[])) AS id
				""").param("unit", unit).param("day", day).param("kind", kind.name())
			.param("ids", staffIds.toArray(Long[]::new)).param("by", by)
			.param("at", Timestamp.from(at)).update();
	}

	/**
	 * Demo reception days (带班接访): each governance center's leaders take turns on working days (Monday–Friday),
	 * from {@code from} to {@code to}; returns the entries written.
	 */
	@org.fengqiao.platform.ReadsAcrossScopes(reason = "the demo loader's rotation over every center, for no caller")
	int rotateReception(LocalDate from, LocalDate to, Instant at) {
		return jdbc.sql("""
				WITH crew AS (
				    SELECT s.department_code, s.id,
				           row_number() OVER (PARTITION BY s.department_code ORDER BY s.id) - 1 AS turn,
				           count(*) OVER (PARTITION BY s.department_code) AS size
				    FROM staff s JOIN departments d ON d.code = s.department_code
				    WHERE d.kind = 'GOVERNANCE_CENTER' AND s.active AND 'LEADER' = ANY (s.field_roles))
				INSERT INTO duty_roster (department_code, day, kind, staff_id, assigned_by, assigned_at)
				SELECT crew.department_code, day::date, 'RECEPTION', crew.id, 'system', :at
				FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') AS day
				JOIN crew ON crew.turn = (day::date - CAST(:from AS date)) % crew.size
				WHERE extract(isodow FROM day) < 6
				ON CONFLICT DO NOTHING
				""").param("from", from).param("to", to).param("at", Timestamp.from(at)).update();
	}

	/**
	 * Demo rotation: every day from {@code from} to {@code to}, each governance center's active staff take turns,
	 * its leaders first (in id order); returns the entries written.
	 */
	@org.fengqiao.platform.ReadsAcrossScopes(reason = "the demo loader's rotation over every center, for no caller")
	int rotate(LocalDate from, LocalDate to, Instant at) {
		return jdbc.sql("""
				WITH crew AS (
				    SELECT s.department_code, s.id,
				           row_number() OVER (PARTITION BY s.department_code
				                              ORDER BY 'LEADER' <> ALL (s.field_roles), s.id) - 1 AS turn,
				           count(*) OVER (PARTITION BY s.department_code) AS size
				    FROM staff s JOIN departments d ON d.code = s.department_code
				    WHERE d.kind = 'GOVERNANCE_CENTER' AND s.active)
				INSERT INTO duty_roster (department_code, day, staff_id, assigned_by, assigned_at)
				SELECT crew.department_code, day::date, crew.id, 'system', :at
				FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '1 day') AS day
				JOIN crew ON crew.turn = (day::date - CAST(:from AS date)) % crew.size
				ON CONFLICT DO NOTHING
				""").param("from", from).param("to", to).param("at", Timestamp.from(at)).update();
	}
}
