package org.fengqiao.people.residents;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The residents table: one row per person, numbers encrypted, found by keyed hash. */
@Repository
public class ResidentRepository {

	/**
	 * Where a caller may place a resident: those who see their whole village (centers, leaders, administrators) and
	 * the grid members of their grid; a county viewer passes the rule but is answered counts only.
	 */
	public static final ScopeSql.Rule VISIBLE = ScopeSql.rule(ScopeSql.Part.WHOLE_REGION, "r.region_code")
		.or(ScopeSql.Part.GRID, "r.grid_code");

	/** Who reads a resident: as {@link #VISIBLE}, and the police station of the resident's town (read only). */
	public static final ScopeSql.Rule READERS = VISIBLE.or(ScopeSql.Part.UNIT, PeopleAccess.townPoliceUnit("r.region_code"));

	private static final String COLUMNS = """
			r.id, r.name, r.id_number, r.gender, r.birth_date, r.phone, r.ethnicity, r.occupation, r.kind,
			r.residence_permit_until, r.household_id, h.address AS household_address, r.relation, r.region_code,
			r.grid_code, r.tags, r.status, r.version
			""";
	private static final String FROM = " FROM residents r LEFT JOIN households h ON h.id = r.household_id ";
	private static final String FIND = READERS.sql("SELECT " + COLUMNS + FROM + "WHERE r.id = :id AND {scope}");
	private static final String FILTER = """
			WHERE r.region_code LIKE :regionPattern
			  AND (:anyName OR r.name LIKE :namePattern)
			  AND (:anyId OR r.id_hash = :idHash)
			  AND (:anyGrid OR r.grid_code LIKE :gridPattern)
			  AND (:anyHousehold OR r.household_id = :householdId)
			  AND (:anyStatus OR r.status = :status)
			  AND {scope}
			""";
	private static final String PAGE = READERS.sql("SELECT " + COLUMNS + FROM + FILTER
			+ " ORDER BY r.region_code, r.grid_code, r.household_id NULLS LAST, r.id LIMIT :limit OFFSET :offset");
	/** Counts stop past 10,000 matching rows (API.md "Lists"). */
	private static final String COUNT = READERS.sql("SELECT count(*) FROM (SELECT 1 FROM residents r " + FILTER
			+ " LIMIT 10001) counted");
	private static final String AFTER = READERS.sql("SELECT " + COLUMNS + FROM + FILTER
			+ " AND r.id > :after ORDER BY r.id LIMIT :limit");
	private static final String INSERT = """
			INSERT INTO residents (name, id_number, id_hash, gender, birth_date, phone, phone_hash, ethnicity, occupation,
			                       kind, residence_permit_until, household_id, relation, region_code, grid_code, tags,
			                       created_at, updated_at)
			VALUES (:name, :idNumber, :idHash, :gender, :birthDate, :phone, :phoneHash, :ethnicity, :occupation, :kind,
			        :permit, :householdId, :relation, :regionCode, :gridCode, CAST(:tags AS varchar[]), :now, :now)
			RETURNING id
			""";
	private static final String UPDATE = """
			UPDATE residents SET name = :name, id_number = :idNumber, id_hash = :idHash, gender = :gender,
			       birth_date = :birthDate, phone = :phone, phone_hash = :phoneHash, ethnicity = :ethnicity,
			       occupation = :occupation, kind = :kind, residence_permit_until = :permit, household_id = :householdId,
			       relation = :relation, region_code = :regionCode, grid_code = :gridCode, tags = CAST(:tags AS varchar[]),
			       version = version + 1, updated_at = :now
			WHERE id = :id AND version = :version
			""";

	/** The stored fields a write sets, numbers already encrypted and hashed. */
	public record Values(String name, byte[] idNumber, byte[] idHash, String gender, LocalDate birthDate, byte[] phone,
			byte[] phoneHash, String ethnicity, String occupation, String kind, LocalDate residencePermitUntil,
			Long householdId, String relation, String regionCode, String gridCode, List<String> tags) {
	}

	private final JdbcClient jdbc;

	ResidentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ResidentRecord> find(long id, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(FIND), scope).param("id", id).query(ResidentRepository::map).optional();
	}

	public List<ResidentRecord> page(ResidentFilter filter, DataScope scope, PageQuery page) {
		return bind(jdbc.sql(PAGE), filter, scope).param("limit", page.size()).param("offset", page.offset())
			.query(ResidentRepository::map).list();
	}

	public long count(ResidentFilter filter, DataScope scope) {
		return bind(jdbc.sql(COUNT), filter, scope).query(Long.class).single();
	}

	/** The next rows after an id, in id order: exports walk the list in bounded chunks. */
	public List<ResidentRecord> after(long after, int limit, ResidentFilter filter, DataScope scope) {
		return bind(jdbc.sql(AFTER), filter, scope).param("after", after).param("limit", limit)
			.query(ResidentRepository::map).list();
	}

	@ReadsAcrossScopes(reason = "an ID number is registered once: answers which id holds the number, never the row")
	public Optional<Long> idOfNumber(byte[] idHash) {
		return jdbc.sql("SELECT id FROM residents WHERE id_hash = :hash").param("hash", idHash).query(Long.class)
			.optional();
	}

	public long insert(Values v, Instant now) {
		return values(jdbc.sql(INSERT), v).param("now", Timestamp.from(now)).query(Long.class).single();
	}

	/** Writes the row only while it is still at {@code version}; false when it changed meanwhile. */
	public boolean update(long id, int version, Values v, Instant now) {
		return values(jdbc.sql(UPDATE), v).param("id", id).param("version", version).param("now", Timestamp.from(now))
			.update() == 1;
	}

	public void status(long id, String status, Long householdId, String regionCode, String gridCode, Instant now) {
		jdbc.sql("""
				UPDATE residents SET status = :status, household_id = :householdId, region_code = :regionCode,
				       grid_code = :gridCode, version = version + 1, updated_at = :now
				WHERE id = :id
				""").param("id", id).param("status", status).param("householdId", householdId)
			.param("regionCode", regionCode).param("gridCode", gridCode).param("now", Timestamp.from(now)).update();
	}

	/** Moves the present members of a household with it to another grid. */
	public void moveHousehold(long householdId, String gridCode, Instant now) {
		jdbc.sql("""
				UPDATE residents SET grid_code = :gridCode, version = version + 1, updated_at = :now
				WHERE household_id = :householdId AND grid_code <> :gridCode
				""").param("householdId", householdId).param("gridCode", gridCode).param("now", Timestamp.from(now))
			.update();
	}

	private static JdbcClient.StatementSpec values(JdbcClient.StatementSpec spec, Values v) {
		return spec.param("name", v.name()).param("idNumber", v.idNumber()).param("idHash", v.idHash())
			.param("gender", v.gender()).param("birthDate", Date.valueOf(v.birthDate())).param("phone", v.phone())
			.param("phoneHash", v.phoneHash()).param("ethnicity", v.ethnicity()).param("occupation", v.occupation())
			.param("kind", v.kind())
			.param("permit", v.residencePermitUntil() == null ? null : Date.valueOf(v.residencePermitUntil()))
			.param("householdId", v.householdId()).param("relation", v.relation()).param("regionCode", v.regionCode())
			.param("gridCode", v.gridCode()).param("tags", v.tags().toArray(String[]::new));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, ResidentFilter f, DataScope scope) {
		return ScopeSql.bind(spec, scope).param("regionPattern", (f.regionPrefix() == null ? "" : f.regionPrefix()) + "%")
			.param("anyName", f.name() == null).param("namePattern", "%" + like(f.name()) + "%")
			.param("anyId", f.idHash() == null).param("idHash", f.idHash() == null ? new byte[0] : f.idHash())
			.param("anyGrid", f.gridCode() == null).param("gridPattern", like(f.gridCode()) + "%")
			.param("anyHousehold", f.householdId() == null)
			.param("householdId", f.householdId() == null ? 0L : f.householdId())
			.param("anyStatus", f.status() == null).param("status", f.status() == null ? "" : f.status());
	}

	private static String like(String text) {
		return text == null ? "" : text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static ResidentRecord map(ResultSet rs, int row) throws SQLException {
		Date permit = rs.getDate("residence_permit_until");
		Array tags = rs.getArray("tags");
		Long household = rs.getObject("household_id", Long.class);
		return new ResidentRecord(rs.getLong("id"), rs.getString("name"), rs.getBytes("id_number"),
				rs.getString("gender"), rs.getDate("birth_date").toLocalDate(), rs.getBytes("phone"),
				rs.getString("ethnicity"), rs.getString("occupation"), rs.getString("kind"),
				permit == null ? null : permit.toLocalDate(), household,
				rs.getString("household_address"), rs.getString("relation"), rs.getString("region_code"),
				rs.getString("grid_code"), tags == null ? List.of() : List.of((String[]) tags.getArray()),
				rs.getString("status"), rs.getInt("version"));
	}
}
