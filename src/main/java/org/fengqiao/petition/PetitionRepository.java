package org.fengqiao.petition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A petition case's own rows (details, holding, reply, progress), read through the case's visibility. */
@Repository
class PetitionRepository {

	/** One petition case as the caller sees it, with its details when recorded (all null before). */
	record Row(long caseId, String number, String title, String regionCode, PetitionForm form, Integer peopleCount,
			Boolean collective, PetitionLevel level, boolean levelSkipping, Long petitionerId, String petitionerName,
			ControlGrade petitionerGrade, boolean sharedWithUnit, String previousNumber, String holdingLeader,
			String plan, Instant planAt, String replyText, Instant replyIssuedAt, Instant replyDeliveredAt,
			ReplyDelivery replyDelivery) {

		boolean recorded() {
			return form != null;
		}
	}

	record Progress(Instant at, String author, String text) {
	}

	private static final String ONE = CaseVisibility.RULE.sql("""
			SELECT c.id AS case_id, c.number, c.title, c.region_code, p.form, p.people_count, p.collective, p.level,
			       coalesce(p.level_skipping, false) AS level_skipping, p.petitioner_id, pr.name AS petitioner_name,
			       pr.grade AS petitioner_grade, coalesce(p.shared_with_unit, false) AS shared_with_unit,
			       prev.number AS previous_number, p.holding_leader, p.plan, p.plan_at, p.reply_text,
			       p.reply_issued_at, p.reply_delivered_at, p.reply_delivery
			FROM cases c
			LEFT JOIN petitions p ON p.case_id = c.id
			LEFT JOIN petitioners pr ON pr.id = p.petitioner_id
			LEFT JOIN cases prev ON prev.id = p.previous_case_id
			WHERE c.number = :number AND c.kind = 'PETITION' AND {scope}
			""");

	private static final String REPEATS = CaseVisibility.RULE.sql("""
			SELECT c.number FROM petitions p JOIN cases c ON c.id = p.case_id
			WHERE p.previous_case_id = :caseId AND {scope} ORDER BY c.received_at, c.id
			""");

	private static final String PETITION_CASE = CaseVisibility.RULE.sql("""
			SELECT c.id FROM cases c WHERE c.number = :number AND c.kind = 'PETITION' AND {scope}
			""");

	/** The levels of a petition and its predecessors (petitions only: no case row is read). */
	private static final String CHAIN_LEVELS = """
			WITH RECURSIVE chain(case_id, previous_case_id, level, depth) AS (
			    SELECT case_id, previous_case_id, level, 1 FROM petitions WHERE case_id = :caseId
			    UNION ALL
			    SELECT p.case_id, p.previous_case_id, p.level, ch.depth + 1
			    FROM petitions p JOIN chain ch ON p.case_id = ch.previous_case_id WHERE ch.depth < 100)
			SELECT level FROM chain
			""";

	private static final String UPSERT = """
			INSERT INTO petitions (case_id, form, people_count, level, level_skipping, petitioner_id, shared_with_unit,
			                       previous_case_id, updated_at)
			VALUES (:caseId, :form, :peopleCount, :level, :skipping, :petitionerId, :shared, :previousId, :now)
			ON CONFLICT (case_id) DO UPDATE SET form = excluded.form, people_count = excluded.people_count,
			    level = excluded.level, level_skipping = excluded.level_skipping, petitioner_id = excluded.petitioner_id,
			    shared_with_unit = excluded.shared_with_unit, previous_case_id = excluded.previous_case_id,
			    updated_at = excluded.updated_at
			""";

	private final JdbcClient jdbc;

	PetitionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> find(String number, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(ONE), scope).param("number", number).query(PetitionRepository::map).optional();
	}

	List<String> repeats(long caseId, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(REPEATS), scope).param("caseId", caseId).query(String.class).list();
	}

	Optional<Long> petitionCaseId(String number, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(PETITION_CASE), scope).param("number", number).query(Long.class).optional();
	}

	/** The highest level a petition and its predecessors reached, or null when none is recorded. */
	PetitionLevel highestLevel(long caseId) {
		return jdbc.sql(CHAIN_LEVELS).param("caseId", caseId).query(String.class).list().stream()
			.map(PetitionLevel::valueOf).max(Enum::compareTo).orElse(null);
	}

	void saveDetails(long caseId, PetitionForm form, int peopleCount, PetitionLevel level, boolean skipping,
			Long petitionerId, boolean shared, Long previousId, Instant now) {
		jdbc.sql(UPSERT).param("caseId", caseId).param("form", form.name()).param("peopleCount", peopleCount)
			.param("level", level.name()).param("skipping", skipping).param("petitionerId", petitionerId)
			.param("shared", shared).param("previousId", previousId).param("now", Timestamp.from(now)).update();
	}

	/** Sets the holding leader and plan; false when the details are not recorded yet. */
	boolean saveHolding(long caseId, String leader, String plan, Instant now) {
		return jdbc.sql("""
				UPDATE petitions SET holding_leader = :leader, plan = :plan, plan_at = :now, updated_at = :now
				WHERE case_id = :caseId
				""").param("leader", leader).param("plan", plan).param("now", Timestamp.from(now))
			.param("caseId", caseId).update() == 1;
	}

	boolean issueReply(long caseId, String text, Instant now) {
		return jdbc.sql("""
				UPDATE petitions SET reply_text = :text, reply_issued_at = :now, reply_delivered_at = NULL,
				       reply_delivery = NULL, updated_at = :now
				WHERE case_id = :caseId
				""").param("text", text).param("now", Timestamp.from(now)).param("caseId", caseId).update() == 1;
	}

	boolean recordDelivery(long caseId, ReplyDelivery how, Instant at, Instant now) {
		return jdbc.sql("""
				UPDATE petitions SET reply_delivery = :how, reply_delivered_at = :at, updated_at = :now
				WHERE case_id = :caseId AND reply_issued_at IS NOT NULL
				""").param("how", how.name()).param("at", Timestamp.from(at)).param("now", Timestamp.from(now))
			.param("caseId", caseId).update() == 1;
	}

	void addProgress(long caseId, String author, String text, Instant now) {
		jdbc.sql("INSERT INTO petition_progress (case_id, at, author, text) VALUES (:caseId, :now, :author, :text)")
			.param("caseId", caseId).param("now", Timestamp.from(now)).param("author", author).param("text", text)
			.update();
	}

	List<Progress> progress(long caseId) {
		return jdbc.sql("SELECT at, author, text FROM petition_progress WHERE case_id = :caseId ORDER BY at, id")
			.param("caseId", caseId)
			.query((rs, i) -> new Progress(instant(rs, "at"), rs.getString("author"), rs.getString("text"))).list();
	}

	private static Row map(ResultSet rs, int i) throws SQLException {
		String form = rs.getString("form");
		String level = rs.getString("level");
		String grade = rs.getString("petitioner_grade");
		String delivery = rs.getString("reply_delivery");
		return new Row(rs.getLong("case_id"), rs.getString("number"), rs.getString("title"), rs.getString("region_code"),
				form == null ? null : PetitionForm.valueOf(form), (Integer) rs.getObject("people_count", Integer.class),
				(Boolean) rs.getObject("collective", Boolean.class), level == null ? null : PetitionLevel.valueOf(level),
				rs.getBoolean("level_skipping"), (Long) rs.getObject("petitioner_id", Long.class),
				rs.getString("petitioner_name"), grade == null ? null : ControlGrade.valueOf(grade),
				rs.getBoolean("shared_with_unit"), rs.getString("previous_number"), rs.getString("holding_leader"),
				rs.getString("plan"), instant(rs, "plan_at"), rs.getString("reply_text"), instant(rs, "reply_issued_at"),
				instant(rs, "reply_delivered_at"), delivery == null ? null : ReplyDelivery.valueOf(delivery));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
