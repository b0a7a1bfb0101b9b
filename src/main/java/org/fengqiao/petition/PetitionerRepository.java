package org.fengqiao.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The petitioner register, seen by its region code (whole regions: the town's center and petition office). */
@Repository
class PetitionerRepository {

	static final ScopeSql.Rule RULE = ScopeSql.rule(ScopeSql.Part.REGION, "pr.region_code");

	private static final String COLUMNS = "pr.id, pr.region_code, pr.name, pr.resident_id, pr.address, pr.grade, "
			+ "pr.responsible_person, pr.informant, pr.note";

	private static final String LIST = RULE.sql("SELECT " + COLUMNS + """
			 FROM petitioners pr
			WHERE {scope} AND pr.region_code LIKE :pattern AND (CAST(:grade AS text) IS NULL OR pr.grade = :grade)
			ORDER BY CASE pr.grade WHEN 'RED' THEN 0 WHEN 'YELLOW' THEN 1 ELSE 2 END, pr.id
			LIMIT :limit OFFSET :offset
			""");

	private static final String COUNT = RULE.sql("""
			SELECT count(*) FROM petitioners pr
			WHERE {scope} AND pr.region_code LIKE :pattern AND (CAST(:grade AS text) IS NULL OR pr.grade = :grade)
			""");

	/** The export's keyset pages: the list's filters, in id order. */
	private static final String AFTER = RULE.sql("SELECT " + COLUMNS + """
			 FROM petitioners pr
			WHERE {scope} AND pr.region_code LIKE :pattern AND (CAST(:grade AS text) IS NULL OR pr.grade = :grade)
			  AND pr.id > :after
			ORDER BY pr.id LIMIT :limit
			""");

	private static final String ONE = RULE.sql("SELECT " + COLUMNS + " FROM petitioners pr WHERE pr.id = :id AND {scope}");

	private static final String PETITIONS = CaseVisibility.RULE.sql("""
			SELECT c.number FROM petitions p JOIN cases c ON c.id = p.case_id
			WHERE p.petitioner_id = :id AND {scope} ORDER BY c.received_at, c.id
			""");

	private final JdbcClient jdbc;

	PetitionerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PetitionViews.Petitioner> list(String pattern, ControlGrade grade, DataScope scope, PageQuery page) {
		return ScopeSql.bind(jdbc.sql(LIST), scope).param("pattern", pattern)
			.param("grade", grade == null ? null : grade.name()).param("limit", page.size())
			.param("offset", page.offset()).query((rs, i) -> map(rs, List.of())).list();
	}

	List<PetitionViews.Petitioner> after(long after, int limit, String pattern, ControlGrade grade, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(AFTER), scope).param("pattern", pattern)
			.param("grade", grade == null ? null : grade.name()).param("after", after).param("limit", limit)
			.query((rs, i) -> map(rs, List.of())).list();
	}

	long count(String pattern, ControlGrade grade, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(COUNT), scope).param("pattern", pattern)
			.param("grade", grade == null ? null : grade.name()).query(Long.class).single();
	}

	Optional<PetitionViews.Petitioner> find(long id, DataScope scope) {
		List<String> petitions = ScopeSql.bind(jdbc.sql(PETITIONS), scope).param("id", id).query(String.class).list();
		return ScopeSql.bind(jdbc.sql(ONE), scope).param("id", id).query((rs, i) -> map(rs, petitions)).optional();
	}

	boolean visible(long id, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(ONE), scope).param("id", id).query((rs, i) -> 1).optional().isPresent();
	}

	long insert(PetitionRequests.Petitioner b, String region, String user, Instant now) {
		return jdbc.sql("""
				INSERT INTO petitioners (region_code, name, resident_id, address, grade, responsible_person, informant,
				                         note, created_at, created_by)
				VALUES (:region, :name, :resident, :address, :grade, :responsible, :informant, :note, :now, :user)
				RETURNING id
				""").param("region", region).param("name", b.name().trim()).param("resident", b.residentId())
			.param("address", b.address()).param("grade", b.grade().name())
			.param("responsible", b.responsiblePerson().trim()).param("informant", b.informant()).param("note", b.note())
			.param("now", Timestamp.from(now)).param("user", user).query(Long.class).single();
	}

	void update(long id, PetitionRequests.Petitioner b, String region) {
		jdbc.sql("""
				UPDATE petitioners SET region_code = :region, name = :name, resident_id = :resident, address = :address,
				       grade = :grade, responsible_person = :responsible, informant = :informant, note = :note
				WHERE id = :id
				""").param("region", region).param("name", b.name().trim()).param("resident", b.residentId())
			.param("address", b.address()).param("grade", b.grade().name())
			.param("responsible", b.responsiblePerson().trim()).param("informant", b.informant()).param("note", b.note())
			.param("id", id).update();
	}

	private static PetitionViews.Petitioner map(ResultSet rs, List<String> petitions) throws SQLException {
		return new PetitionViews.Petitioner(rs.getLong("id"), rs.getString("region_code"), rs.getString("name"),
				(Long) rs.getObject("resident_id", Long.class), rs.getString("address"),
				ControlGrade.valueOf(rs.getString("grade")), rs.getString("responsible_person"),
				rs.getString("informant"), rs.getString("note"), petitions);
	}
}
