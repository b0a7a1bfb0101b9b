package org.fengqiao.people.special;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The files' SQL: every read of {@code special_populations} carries {@link SpecialFileVisibility#RULE}. */
@Repository
class FileRepository {

	/** A file row with its resident's name and numbers (same module: joined here). */
	record Row(long id, long residentId, String residentName, byte[] idNumber, byte[] phone, String category,
			String categoryName, RiskLevel risk, boolean key, Integer dangerLevel, String regionCode, String gridCode,
			String fieldsJson, String[] team, byte[] familyPhone, String familySituation, String stateOfMind,
			String whereabouts, String monthlyReview, LocalDate reviewedOn, LocalDate nextVisitDue, boolean overdue) {
	}

	/** A resident as a file needs it. */
	record Resident(long id, String name, String regionCode, String gridCode) {
	}

	private static final String COLUMNS = """
			SELECT f.id, f.resident_id, r.name AS resident_name, r.id_number, r.phone, f.category_code, c.name AS category_name,
			       f.risk_level, f.key_person, f.danger_level, f.region_code, f.grid_code, CAST(f.fields AS text) AS fields,
			       f.town_cadre_user, f.town_cadre_name, f.village_cadre_user, f.village_cadre_name, f.police_user, f.police_name,
			       f.grid_member_user, f.grid_member_name, f.family_member_name, f.family_member_phone, f.family_situation,
			       f.state_of_mind, f.whereabouts, f.monthly_review, f.reviewed_on,
			       (SELECT min(d.period_end) FROM follow_up_duties d
			        WHERE d.file_id = f.id AND d.duty = 'VISIT' AND d.done_at IS NULL) AS next_visit_due,
			       EXISTS (SELECT 1 FROM follow_up_duties d WHERE d.file_id = f.id AND d.done_at IS NULL AND d.due_at <= :now) AS overdue
			FROM special_populations f
			JOIN residents r ON r.id = f.resident_id
			JOIN special_population_categories c ON c.code = f.category_code
			""";
	private static final String FILTER = """
			WHERE {scope} AND f.active
			  AND (CAST(:region AS text) IS NULL OR f.region_code LIKE :region)
			  AND (CAST(:category AS text) IS NULL OR f.category_code = :category)
			  AND (CAST(:resident AS bigint) IS NULL OR f.resident_id = :resident)
			  AND (CAST(:key AS boolean) IS NULL OR f.key_person = :key)
			  AND (CAST(:overdue AS boolean) IS NULL OR :overdue = EXISTS (SELECT 1 FROM follow_up_duties d
			        WHERE d.file_id = f.id AND d.done_at IS NULL AND d.due_at <= :now))
			  AND (CAST(:due AS date) IS NULL OR EXISTS (SELECT 1 FROM follow_up_duties d
			        WHERE d.file_id = f.id AND d.duty = 'VISIT' AND d.done_at IS NULL AND d.period_end <= :due))
			""";
	private static final String LIST = SpecialFileVisibility.RULE.sql(COLUMNS + FILTER
			+ " ORDER BY f.key_person DESC, f.region_code, f.id LIMIT :limit OFFSET :offset");
	private static final String COUNT = SpecialFileVisibility.RULE.sql("""
			SELECT count(*) FROM (SELECT 1 FROM special_populations f
			""" + FILTER + " LIMIT 10001) x");
	/** The export's batches: in id order after the last row written. */
	private static final String AFTER = SpecialFileVisibility.RULE.sql(COLUMNS + FILTER
			+ " AND f.id > :after ORDER BY f.id LIMIT :limit");
	private static final String ONE = SpecialFileVisibility.RULE.sql(COLUMNS + " WHERE f.id = :id AND {scope}");

	private final JdbcClient jdbc;

	FileRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Filters of the list; null matches all. */
	record Filter(String regionPrefix, String category, Boolean key, Boolean overdue, LocalDate due, Long resident) {
	}

	Page<Row> list(Filter filter, DataScope scope, PageQuery page, Instant now) {
		List<Row> rows = filter(ScopeSql.bind(jdbc.sql(LIST), scope), filter, now).param("limit", page.size())
			.param("offset", page.offset()).query(FileRepository::row).list();
		long total = filter(ScopeSql.bind(jdbc.sql(COUNT), scope), filter, now).query(Long.class).single();
		return total > 10_000 ? new Page<>(rows, page.page(), page.size(), 10_000, false) : Page.of(rows, page, total);
	}

	/** Up to {@code limit} rows after id {@code after}, in id order (the export's batches). */
	List<Row> after(long after, int limit, Filter filter, DataScope scope, Instant now) {
		return filter(ScopeSql.bind(jdbc.sql(AFTER), scope), filter, now).param("after", after).param("limit", limit)
			.query(FileRepository::row).list();
	}

	Optional<Row> find(long id, DataScope scope, Instant now) {
		return ScopeSql.bind(jdbc.sql(ONE), scope).param("id", id).param("now", Timestamp.from(now))
			.query(FileRepository::row).optional();
	}

	@ReadsAcrossScopes(reason = "looks up the resident a new file names; the service then checks the caller covers its village")
	Optional<Resident> resident(long id) {
		return jdbc.sql("SELECT id, name, region_code, grid_code FROM residents WHERE id = :id AND status = 'PRESENT'")
			.param("id", id)
			.query((rs, i) -> new Resident(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).optional();
	}

	boolean categoryExists(String code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM special_population_categories WHERE code = :c AND active)")
			.param("c", code).query(Boolean.class).single();
	}

	boolean judicial(String code) {
		return jdbc.sql("SELECT judicial FROM special_population_categories WHERE code = :c").param("c", code)
			.query(Boolean.class).single();
	}

	@ReadsAcrossScopes(reason = "only tells whether the person already has a file of the category, to refuse a second one")
	boolean exists(long residentId, String category) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM special_populations WHERE resident_id = :r AND category_code = :c)")
			.param("r", residentId).param("c", category).query(Boolean.class).single();
	}

	/** The values a write stores. */
	record Values(RiskLevel risk, boolean key, Integer dangerLevel, String fieldsJson, String[] team, byte[] familyPhone,
			String familySituation, String stateOfMind, String whereabouts, String monthlyReview, LocalDate reviewedOn) {
	}

	long insert(Resident resident, String category, String policeUnit, String judicialUnit, Values v, Instant now) {
		return values(jdbc.sql("""
				INSERT INTO special_populations (resident_id, category_code, region_code, grid_code, police_unit, judicial_unit,
				    risk_level, key_person, danger_level, fields, town_cadre_user, town_cadre_name, village_cadre_user,
				    village_cadre_name, police_user, police_name, grid_member_user, grid_member_name, family_member_name,
				    family_member_phone, family_situation, state_of_mind, whereabouts, monthly_review, reviewed_on,
				    created_at, updated_at)
				VALUES (:resident, :category, :region, :grid, :policeUnit, :judicialUnit, :risk, :key, :danger,
				    CAST(:fields AS jsonb), :t0, :t1, :t2, :t3, :t4, :t5, :t6, :t7, :t8, :familyPhone, :familySituation,
				    :stateOfMind, :whereabouts, :monthlyReview, :reviewedOn, :now, :now)
				RETURNING id
				"""), v).param("resident", resident.id()).param("category", category).param("region", resident.regionCode())
			.param("grid", resident.gridCode()).param("policeUnit", policeUnit).param("judicialUnit", judicialUnit)
			.param("now", Timestamp.from(now)).query(Long.class).single();
	}

	void update(long id, Values v, Instant now) {
		values(jdbc.sql("""
				UPDATE special_populations SET risk_level = :risk, key_person = :key, danger_level = :danger,
				    fields = CAST(:fields AS jsonb), town_cadre_user = :t0, town_cadre_name = :t1, village_cadre_user = :t2,
				    village_cadre_name = :t3, police_user = :t4, police_name = :t5, grid_member_user = :t6,
				    grid_member_name = :t7, family_member_name = :t8, family_member_phone = :familyPhone,
				    family_situation = :familySituation, state_of_mind = :stateOfMind, whereabouts = :whereabouts,
				    monthly_review = :monthlyReview, reviewed_on = :reviewedOn, version = version + 1, updated_at = :now
				WHERE id = :id
				"""), v).param("id", id).param("now", Timestamp.from(now)).update();
	}

	private static JdbcClient.StatementSpec values(JdbcClient.StatementSpec spec, Values v) {
		for (int i = 0; i < 9; i++) {
			spec = spec.param("t" + i, v.team()[i]);
		}
		return spec.param("risk", v.risk().name()).param("key", v.key()).param("danger", v.dangerLevel())
			.param("fields", v.fieldsJson()).param("familyPhone", v.familyPhone())
			.param("familySituation", v.familySituation()).param("stateOfMind", v.stateOfMind())
			.param("whereabouts", v.whereabouts()).param("monthlyReview", v.monthlyReview())
			.param("reviewedOn", v.reviewedOn());
	}

	private static JdbcClient.StatementSpec filter(JdbcClient.StatementSpec spec, Filter f, Instant now) {
		return spec.param("region", f.regionPrefix() == null ? null : f.regionPrefix() + "%").param("category", f.category())
			.param("key", f.key()).param("overdue", f.overdue()).param("due", f.due()).param("resident", f.resident())
			.param("now", Timestamp.from(now));
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		String[] team = new String[9];
		String[] names = { "town_cadre_user", "town_cadre_name", "village_cadre_user", "village_cadre_name", "police_user",
				"police_name", "grid_member_user", "grid_member_name", "family_member_name" };
		for (int t = 0; t < names.length; t++) {
			team[t] = rs.getString(names[t]);
		}
		java.sql.Date reviewed = rs.getDate("reviewed_on");
		java.sql.Date next = rs.getDate("next_visit_due");
		return new Row(rs.getLong("id"), rs.getLong("resident_id"), rs.getString("resident_name"), rs.getBytes("id_number"),
				rs.getBytes("phone"), rs.getString("category_code"), rs.getString("category_name"),
				RiskLevel.valueOf(rs.getString("risk_level")), rs.getBoolean("key_person"),
				(Integer) rs.getObject("danger_level", Integer.class), rs.getString("region_code"), rs.getString("grid_code"),
				rs.getString("fields"), team, rs.getBytes("family_member_phone"), rs.getString("family_situation"),
				rs.getString("state_of_mind"), rs.getString("whereabouts"), rs.getString("monthly_review"),
				reviewed == null ? null : reviewed.toLocalDate(), next == null ? null : next.toLocalDate(),
				rs.getBoolean("overdue"));
	}
}
