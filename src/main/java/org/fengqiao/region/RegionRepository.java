package org.fengqiao.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RegionRepository {

	private static final String COLUMNS = "code, name, level, parent_code, kind";

	private final JdbcClient jdbc;

	RegionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Region> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM regions WHERE code = :code").param("code", code)
			.query(RegionRepository::map).optional();
	}

	List<Region> children(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM regions WHERE parent_code = :code ORDER BY code")
			.param("code", code).query(RegionRepository::map).list();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM regions").query(Long.class).single();
	}

	static Region map(ResultSet rs, int row) throws SQLException {
		return new Region(rs.getString("code"), rs.getString("name"), RegionLevel.valueOf(rs.getString("level")),
				rs.getString("parent_code"), rs.getString("kind"));
	}
}
