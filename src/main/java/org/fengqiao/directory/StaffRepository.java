package org.fengqiao.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class StaffRepository {

	/** A staff row as stored: the phone still encrypted. */
	record StaffRow(long id, String name, String gender, byte[] phoneCipher, String departmentCode, String regionCode,
			List<FieldRole> fieldRoles, List<String> gridCodes) {
	}

	private static final String SELECT_COLUMNS = """
			SELECT s.id, s.name, s.gender, s.phone_cipher, s.department_code, s.region_code, s.field_roles,
			       ARRAY(SELECT g.grid_code FROM staff_grids g WHERE g.staff_id = s.id ORDER BY g.grid_code) AS grid_codes
			""";
	private static final String SELECT = SELECT_COLUMNS + " FROM staff s";
	/** Staff are visible in their place's scopes and to the scopes of their department. */
	static final ScopeSql.Rule VISIBLE = ScopeSql.rule(ScopeSql.Part.REGION, "s.region_code")
		.or(ScopeSql.Part.UNIT, "s.department_code");
	private static final String FIND_VISIBLE = VISIBLE.sql(SELECT + " WHERE s.id = :id AND {scope}");
	private static final String FILTER = VISIBLE.sql("""
			 FROM staff s WHERE s.active AND {scope}
			  AND s.region_code LIKE :regionPattern
			  AND (CAST(:department AS text) IS NULL OR s.department_code = :department)
			  AND (CAST(:fieldRole AS text) IS NULL OR CAST(:fieldRole AS varchar) = ANY (s.field_roles))
			  AND (CAST(:grid AS text) IS NULL OR EXISTS (SELECT 1 FROM staff_grids g WHERE g.staff_id = s.id AND g.grid_code = :grid))
			""");
	private static final String PAGE = SELECT_COLUMNS + FILTER + " ORDER BY s.region_code, s.id LIMIT :limit OFFSET :offset";
	private static final String COUNT = "SELECT count(*)" + FILTER;

	record Filter(String regionPrefix, String department, FieldRole fieldRole, String grid) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	StaffRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@ReadsAcrossScopes(reason = "a staff record by id for identity, which builds that user's own scope from it")
	Optional<StaffRow> find(long id) {
		return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(StaffRepository::map).optional();
	}

	Optional<StaffRow> find(long id, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(FIND_VISIBLE), scope).param("id", id).query(StaffRepository::map).optional();
	}

	List<StaffRow> page(Filter filter, DataScope scope, PageQuery page) {
		return bind(jdbc.sql(PAGE), filter, scope)
			.param("limit", page.size()).param("offset", page.offset())
			.query(StaffRepository::map).list();
	}

	long count(Filter filter, DataScope scope) {
		return bind(jdbc.sql(COUNT), filter, scope).query(Long.class).single();
	}

	long insert(String name, String gender, byte[] phoneCipher, String departmentCode, String regionCode,
			List<FieldRole> roles, List<String> grids, Instant now) {
		long id = jdbc.sql("""
				INSERT INTO staff (name, gender, phone_cipher, department_code, region_code, field_roles, created_at, updated_at)
				VALUES (:name, :gender, :phone, :department, :region, :roles, :now, :now) RETURNING id
				""").param("name", name).param("gender", gender).param("phone", phoneCipher)
			.param("department", departmentCode).param("region", regionCode)
			.param("roles", roles.stream().map(Enum::name).toArray(String[]::new))
			.param("now", Timestamp.from(now)).query(Long.class).single();
		replaceGrids(id, grids);
		return id;
	}

	int update(long id, String name, String gender, byte[] phoneCipher, String departmentCode, List<FieldRole> roles,
			List<String> grids, Instant now) {
		int rows = jdbc.sql("""
				UPDATE staff SET name = :name, gender = :gender, phone_cipher = :phone, department_code = :department,
				       field_roles = :roles, updated_at = :now
				WHERE id = :id AND active
				""").param("id", id).param("name", name).param("gender", gender).param("phone", phoneCipher)
			.param("department", departmentCode).param("roles", roles.stream().map(Enum::name).toArray(String[]::new))
			.param("now", Timestamp.from(now)).update();
		replaceGrids(id, grids);
		return rows;
	}

	/** Bulk insert (reference and demo data): ids drawn from the identity sequence, rows and grids batched. */
	List<Long> insertAll(List<StaffRow> rows, Instant now) {
		List<Long> ids = jdbc.sql("SELECT nextval(pg_get_serial_sequence('staff', 'id')) FROM generate_series(1, :n)")
			.param("n", rows.size()).query(Long.class).list();
		Timestamp at = Timestamp.from(now);
		List<Object[]> staffArgs = new ArrayList<>();
		List<Object[]> gridArgs = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			StaffRow r = rows.get(i);
			staffArgs.add(new Object[] { ids.get(i), r.name(), r.gender(), r.phoneCipher(), r.departmentCode(),
					r.regionCode(), r.fieldRoles().stream().map(Enum::name).toArray(String[]::new), at, at });
			for (String grid : r.gridCodes()) {
				gridArgs.add(new Object[] { ids.get(i), grid });
			}
		}
		template.batchUpdate("""
				INSERT INTO staff (id, name, gender, phone_cipher, department_code, region_code, field_roles, created_at, updated_at)
				OVERRIDING SYSTEM VALUE VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", staffArgs);
		template.batchUpdate("INSERT INTO staff_grids (staff_id, grid_code) VALUES (?, ?)", gridArgs);
		return ids;
	}

	private void replaceGrids(long id, List<String> grids) {
		jdbc.sql("DELETE FROM staff_grids WHERE staff_id = :id").param("id", id).update();
		for (String grid : grids) {
			jdbc.sql("INSERT INTO staff_grids (staff_id, grid_code) VALUES (:id, :grid)").param("id", id)
				.param("grid", grid).update();
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f, DataScope scope) {
		return ScopeSql.bind(spec, scope)
			.param("regionPattern", f.regionPrefix() + "%")
			.param("department", f.department())
			.param("fieldRole", f.fieldRole() == null ? null : f.fieldRole().name())
			.param("grid", f.grid());
	}

	private static StaffRow map(ResultSet rs, int row) throws SQLException {
		return new StaffRow(rs.getLong("id"), rs.getString("name"), rs.getString("gender"), rs.getBytes("phone_cipher"),
				rs.getString("department_code"), rs.getString("region_code"),
				Arrays.stream(strings(rs.getArray("field_roles"))).map(FieldRole::valueOf).toList(),
				List.of(strings(rs.getArray("grid_codes"))));
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}
}
