package org.fengqiao.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

	private static final String COLUMNS = "code, name, level, parent_code, kind";
	/** A region is visible inside the scope and as an ancestor of it (a breadcrumb). */
	static final ScopeSql.Rule VISIBLE = ScopeSql.rule(ScopeSql.Part.REGION_OR_ANCESTOR, "code");
	private static final String FIND_VISIBLE = VISIBLE.sql("SELECT " + COLUMNS + " FROM regions WHERE code = :code AND {scope}");
	private static final String CHILDREN = VISIBLE.sql(
			"SELECT " + COLUMNS + " FROM regions WHERE parent_code = :code AND {scope} ORDER BY code");

	private final JdbcClient jdbc;

	RegionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ReadsAcrossScopes(reason = "a division by code for system work (intake's placing, breadcrumbs of a record already in scope, the demo loader)")
	Optional<Region> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM regions WHERE code = :code").param("code", code)
			.query(RegionRepository::map).optional();
	}

	Optional<Region> find(String code, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(FIND_VISIBLE), scope).param("code", code).query(RegionRepository::map).optional();
	}

	List<Region> children(String code, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(CHILDREN), scope).param("code", code).query(RegionRepository::map).list();
	}

	@ReadsAcrossScopes(reason = "whether any division is loaded at all (start-up)")
	long count() {
		return jdbc.sql("SELECT count(*) FROM regions").query(Long.class).single();
	}

	static Region map(ResultSet rs, int row) throws SQLException {
		return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getString("kind"));
	}
}
