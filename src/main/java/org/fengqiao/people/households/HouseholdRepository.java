package org.fengqiao.people.households;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.people.residents.PeopleAccess;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The households table: one per address in a village, its head a resident. */
@Repository
public class HouseholdRepository {

	/** As residents: those who see the whole village, the grid members of its grid, the town's police station. */
	public static final ScopeSql.Rule VISIBLE = ScopeSql.rule(ScopeSql.Part.WHOLE_REGION, "h.region_code")
		.or(ScopeSql.Part.GRID, "h.grid_code")
		.or(ScopeSql.Part.UNIT, PeopleAccess.townPoliceUnit("h.region_code"));

	private static final String COLUMNS = """
			h.id, h.region_code, h.grid_code, h.address, h.house_number, h.head_id, head.name AS head_name,
			h.security_head, h.active, h.version,
			(SELECT count(*) FROM residents m WHERE m.household_id = h.id AND m.status = 'PRESENT') AS members
			""";
	private static final String FROM = " FROM households h LEFT JOIN residents head ON head.id = h.head_id ";
	private static final String FIND = VISIBLE.sql("SELECT " + COLUMNS + FROM + "WHERE h.id = :id AND {scope}");
	private static final String FILTER = """
			WHERE h.region_code LIKE :regionPattern
			  AND (:anyAddress OR h.address LIKE :addressPattern)
			  AND (:anyGrid OR h.grid_code LIKE :gridPattern)
			  AND (:anyActive OR h.active = :active)
			  AND {scope}
			""";
	private static final String PAGE = VISIBLE.sql("SELECT " + COLUMNS + FROM + FILTER
			+ " ORDER BY h.region_code, h.grid_code, h.address, h.id LIMIT :limit OFFSET :offset");
	private static final String COUNT = VISIBLE.sql("SELECT count(*) FROM (SELECT 1 FROM households h " + FILTER
			+ " LIMIT 10001) counted");
	private static final String AFTER = VISIBLE.sql("SELECT " + COLUMNS + FROM + FILTER
			+ " AND h.id > :after ORDER BY h.id LIMIT :limit");

	/** The list's filters: region subtree prefix, address fragment, grid subtree, active; nulls match all. */
	public record Filter(String regionPrefix, String address, String gridCode, Boolean active) {
	}

	private final JdbcClient jdbc;

	HouseholdRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<HouseholdRecord> find(long id, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(FIND), scope).param("id", id).query(HouseholdRepository::map).optional();
	}

	public List<HouseholdRecord> page(Filter filter, DataScope scope, PageQuery page) {
		return bind(jdbc.sql(PAGE), filter, scope).param("limit", page.size()).param("offset", page.offset())
			.query(HouseholdRepository::map).list();
	}

	public long count(Filter filter, DataScope scope) {
		return bind(jdbc.sql(COUNT), filter, scope).query(Long.class).single();
	}

	public List<HouseholdRecord> after(long after, int limit, Filter filter, DataScope scope) {
		return bind(jdbc.sql(AFTER), filter, scope).param("after", after).param("limit", limit)
			.query(HouseholdRepository::map).list();
	}

	@ReadsAcrossScopes(reason = "one household per address in a village: answers whether the address is taken")
	public boolean addressTaken(String regionCode, String address, long exceptId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM households WHERE region_code = :region AND address = :address "
				+ "AND id <> :id)").param("region", regionCode).param("address", address).param("id", exceptId)
			.query(Boolean.class).single();
	}

	public long insert(String regionCode, String gridCode, String address, String houseNumber, boolean securityHead,
			Instant now) {
		return jdbc.sql("""
				INSERT INTO households (region_code, grid_code, address, house_number, security_head, created_at, updated_at)
				VALUES (:region, :grid, :address, :houseNumber, :securityHead, :now, :now) RETURNING id
				""").param("region", regionCode).param("grid", gridCode).param("address", address)
			.param("houseNumber", houseNumber).param("securityHead", securityHead).param("now", Timestamp.from(now))
			.query(Long.class).single();
	}

	public boolean update(long id, int version, String gridCode, String address, String houseNumber, Long headId,
			boolean securityHead, boolean active, Instant now) {
		return jdbc.sql("""
				UPDATE households SET grid_code = :grid, address = :address, house_number = :houseNumber,
				       head_id = :headId, security_head = :securityHead, active = :active, version = version + 1,
				       updated_at = :now
				WHERE id = :id AND version = :version
				""").param("id", id).param("version", version).param("grid", gridCode).param("address", address)
			.param("houseNumber", houseNumber).param("headId", headId).param("securityHead", securityHead)
			.param("active", active).param("now", Timestamp.from(now)).update() == 1;
	}

	/**
	 * A household is active while someone lives there: set from its present members after a life event. Answers
	 * the grid whose count moved, if it changed.
	 */
	@ReadsAcrossScopes(reason = "whether a household in scope still has a present member: a flag, never a row")
	public Optional<String> refreshActive(long id, Instant now) {
		return jdbc.sql("""
				UPDATE households h SET active = live.present, version = version + 1, updated_at = :now
				FROM (SELECT EXISTS (SELECT 1 FROM residents WHERE household_id = :id AND status = 'PRESENT') AS present) live
				WHERE h.id = :id AND h.active <> live.present
				RETURNING h.grid_code
				""").param("id", id).param("now", Timestamp.from(now)).query(String.class).optional();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Filter f, DataScope scope) {
		return ScopeSql.bind(spec, scope).param("regionPattern", (f.regionPrefix() == null ? "" : f.regionPrefix()) + "%")
			.param("anyAddress", f.address() == null).param("addressPattern", "%" + like(f.address()) + "%")
			.param("anyGrid", f.gridCode() == null).param("gridPattern", like(f.gridCode()) + "%")
			.param("anyActive", f.active() == null).param("active", f.active() != null && f.active());
	}

	private static String like(String text) {
		return text == null ? "" : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static HouseholdRecord map(ResultSet rs, int row) throws SQLException {
		return new HouseholdRecord(rs.getLong("id"), rs.getString("region_code"), rs.getString("grid_code"),
				rs.getString("address"), rs.getString("house_number"), rs.getObject("head_id", Long.class),
				rs.getString("head_name"), rs.getBoolean("security_head"), rs.getBoolean("active"), rs.getInt("members"),
				rs.getInt("version"));
	}
}
