package org.fengqiao.region;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
class GridRepository {

	private static final String COLUMNS = "code, name, level, region_code, parent_code, households, boundary::text AS boundary, synthetic";
	/** The registers of a place: a grid is visible to the scopes covering its village. */
	static final ScopeSql.Rule VISIBLE = ScopeSql.rule(ScopeSql.Part.REGION, "region_code");
	private static final String FIND_VISIBLE = VISIBLE.sql("SELECT " + COLUMNS + " FROM grids WHERE code = :code AND {scope}");
	private static final String IN_REGION = VISIBLE.sql("""
			 FROM grids WHERE region_code LIKE :regionPattern AND {scope}
			  AND (CAST(:level AS integer) IS NULL OR level = :level)
			""");
	private static final String PAGE = "SELECT " + COLUMNS + IN_REGION + " ORDER BY code LIMIT :limit OFFSET :offset";
	private static final String COUNT = "SELECT count(*)" + IN_REGION;
	private static final String INSERT = """
			INSERT INTO grids (code, name, level, region_code, parent_code, households, boundary, synthetic, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?)
			""";

	record Located(String code, int level, String boundary) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate template;

	GridRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@ReadsAcrossScopes(reason = "a grid by code for system work: intake's placing, a new grid's parent and clash checks, the locate index")
	Optional<Grid> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM grids WHERE code = :code").param("code", code)
			.query(GridRepository::map).optional();
	}

	Optional<Grid> find(String code, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(FIND_VISIBLE), scope).param("code", code).query(GridRepository::map).optional();
	}

	List<Grid> page(String regionPrefix, Integer level, DataScope scope, PageQuery page) {
		return ScopeSql.bind(jdbc.sql(PAGE), scope)
			.param("regionPattern", regionPrefix + "%").param("level", level)
			.param("limit", page.size()).param("offset", page.offset())
			.query(GridRepository::map).list();
	}

	long count(String regionPrefix, Integer level, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(COUNT), scope)
			.param("regionPattern", regionPrefix + "%").param("level", level)
			.query(Long.class).single();
	}

	@ReadsAcrossScopes(reason = "whether a grid in scope has sub-grids: they lie in the same village")
	boolean hasChildren(String code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM grids WHERE parent_code = :code)").param("code", code)
			.query(Boolean.class).single();
	}

	void insertAll(List<Grid> grids, Instant now) {
		Timestamp at = Timestamp.from(now);
		template.batchUpdate(INSERT, grids, 500, (ps, g) -> {
			ps.setString(1, g.code());
			ps.setString(2, g.name());
			ps.setInt(3, g.level());
			ps.setString(4, g.regionCode());
			ps.setString(5, g.parentCode());
			ps.setInt(6, g.households());
			ps.setString(7, g.boundary());
			ps.setBoolean(8, g.synthetic());
			ps.setTimestamp(9, at);
			ps.setTimestamp(10, at);
		});
		bumpVersion();
	}

	int update(String code, String name, int households, String boundary, Instant now) {
		int rows = jdbc.sql("""
				UPDATE grids SET name = :name, households = :households, boundary = CAST(:boundary AS jsonb),
				       synthetic = synthetic AND boundary IS NOT DISTINCT FROM CAST(:boundary AS jsonb), updated_at = :now
				WHERE code = :code
				""").param("code", code).param("name", name).param("households", households)
			.param("boundary", boundary).param("now", Timestamp.from(now)).update();
		bumpVersion();
		return rows;
	}

	void updateHouseholds(String code, int households) {
		jdbc.sql("UPDATE grids SET households = :households WHERE code = :code AND households <> :households")
			.param("code", code).param("households", households).update();
	}

	int delete(String code) {
		int rows = jdbc.sql("DELETE FROM grids WHERE code = :code").param("code", code).update();
		bumpVersion();
		return rows;
	}

	long version() {
		return jdbc.sql("SELECT version FROM grid_index_version WHERE id = 1").query(Long.class).single();
	}

	/** Every grid with a boundary, for the locate index. */
	@ReadsAcrossScopes(reason = "the locate index holds every grid; a located grid is then read within the scope")
	List<Located> boundaries() {
		return jdbc.sql("SELECT code, level, boundary::text AS boundary FROM grids WHERE boundary IS NOT NULL")
			.query((rs, i) -> new Located(rs.getString("code"), rs.getInt("level"), rs.getString("boundary")))
			.list();
	}

	private void bumpVersion() {
		jdbc.sql("UPDATE grid_index_version SET version = version + 1 WHERE id = 1").update();
	}

	static Grid map(ResultSet rs, int row) throws SQLException {
		return new Grid(rs.getString("code"), rs.getString("name"), rs.getInt("level"), rs.getString("region_code"),
				rs.getString("parent_code"), rs.getInt("households"), rs.getString("boundary"),
				rs.getBoolean("synthetic"));
	}
}
