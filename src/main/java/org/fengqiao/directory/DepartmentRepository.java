package org.fengqiao.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DepartmentRepository {

	private static final String COLUMNS = "code, name, kind, region_code, stationing";
	/** A department is visible in its place's scopes, as an ancestor's unit (a county's), and to its own staff. */
	static final ScopeSql.Rule VISIBLE = ScopeSql.rule(ScopeSql.Part.REGION_OR_ANCESTOR, "region_code")
		.or(ScopeSql.Part.UNIT, "code");
	private static final String FIND_VISIBLE = VISIBLE.sql("SELECT " + COLUMNS + " FROM departments WHERE code = :code AND {scope}");
	/** A center's dispatch targets: the departments of its own region and, for a town, its village committees. */
	private static final String DISPATCH_TARGETS = "SELECT " + COLUMNS + """
			 FROM departments
			WHERE active AND (region_code = :code OR (kind = 'VILLAGE_COMMITTEE' AND region_code LIKE :villages))
			ORDER BY kind = 'VILLAGE_COMMITTEE', code
			""";
	private static final String UPSERT = """
			INSERT INTO departments (code, name, kind, region_code, stationing, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
			    region_code = excluded.region_code, stationing = excluded.stationing, updated_at = excluded.updated_at
			""";

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	DepartmentRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@ReadsAcrossScopes(reason = "the units a center of a town or county in the caller's scope dispatches to, its ancestors' included")
	List<Department> dispatchTargets(String regionCode, String villagePrefix) {
		return jdbc.sql(DISPATCH_TARGETS)
			.param("code", regionCode).param("villages", villagePrefix + "___")
			.query(DepartmentRepository::map).list();
	}

	@ReadsAcrossScopes(reason = "one unit a center of a town or county dispatches to, checked by the case lifecycle as system work")
	Optional<Department> dispatchTarget(String regionCode, String villagePrefix, String unitCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM departments WHERE code = :unit AND active"
				+ " AND (region_code = :code OR (kind = 'VILLAGE_COMMITTEE' AND region_code LIKE :villages))")
			.param("unit", unitCode).param("code", regionCode).param("villages", villagePrefix + "___")
			.query(DepartmentRepository::map).optional();
	}

	@ReadsAcrossScopes(reason = "a unit by code for system work: checking a unit named in a rule, a dispatch or an escalation")
	Optional<Department> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM departments WHERE code = :code").param("code", code)
			.query(DepartmentRepository::map).optional();
	}

	Optional<Department> find(String code, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(FIND_VISIBLE), scope).param("code", code).query(DepartmentRepository::map).optional();
	}

	/** Adds a department; false when its code (its region and kind) exists already. */
	boolean insert(Department d, Instant now) {
		return jdbc.sql("""
				INSERT INTO departments (code, name, kind, region_code, stationing, created_at, updated_at)
				VALUES (:code, :name, :kind, :region, :stationing, :now, :now) ON CONFLICT (code) DO NOTHING
				""").param("code", d.code()).param("name", d.name()).param("kind", d.kind().name())
			.param("region", d.regionCode()).param("stationing", d.stationing() == null ? null : d.stationing().name())
			.param("now", Timestamp.from(now)).update() == 1;
	}

	/** Renames a department, changes its stationing, or takes it out of (or back into) dispatch. */
	boolean update(String code, String name, Stationing stationing, boolean active, Instant now) {
		return jdbc.sql("""
				UPDATE departments SET name = :name, stationing = :stationing, active = :active, updated_at = :now
				WHERE code = :code
				""").param("code", code).param("name", name).param("stationing", stationing == null ? null : stationing.name())
			.param("active", active).param("now", Timestamp.from(now)).update() == 1;
	}

	void upsertAll(List<Department> departments, Instant now) {
		Timestamp at = Timestamp.from(now);
		template.batchUpdate(UPSERT, departments, 500, (ps, d) -> {
			ps.setString(1, d.code());
			ps.setString(2, d.name());
			ps.setString(3, d.kind().name());
			ps.setString(4, d.regionCode());
			ps.setString(5, d.stationing() == null ? null : d.stationing().name());
			ps.setTimestamp(6, at);
			ps.setTimestamp(7, at);
		});
	}

	static Department map(ResultSet rs, int row) throws SQLException {
		String stationing = rs.getString("stationing");
		return new Department(rs.getString("code"), rs.getString("name"), DepartmentKind.valueOf(rs.getString("kind")),
				rs.getString("region_code"), stationing == null ? null : Stationing.valueOf(stationing));
	}
}
