package org.fengqiao.mediation.screening;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.ScopeSql.Part;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rounds, their villages and findings. A round is seen inside the caller's regions or from one of its villages
 * (a village cadre sees its town's rounds); within a round, a caller sees the villages inside its regions.
 */
@Repository
class ScreeningRepository {

	/** Which rounds a caller sees: its town is inside the scope, or an ancestor of a scope region. */
	static final ScopeSql.Rule ROUNDS = ScopeSql.rule(Part.REGION_OR_ANCESTOR, "r.town_code");
	/** Which villages of a round a caller sees. */
	static final ScopeSql.Rule VILLAGES = ScopeSql.rule(Part.REGION, "v.region_code");

	record RoundRow(long id, String townCode, String title, String occasion, Instant dueAt, Instant openedAt,
			String openedBy) {
	}

	record VillageRow(long roundId, String regionCode, String name, ReportStatus answered, Instant reportedAt,
			String reportedBy, String note, List<String> disputes) {
	}

	private static final String ROUND_COLUMNS = "r.id, r.town_code, r.title, r.occasion, r.due_at, r.opened_at, r.opened_by";
	private static final String FIND = ROUNDS.sql("SELECT " + ROUND_COLUMNS
			+ " FROM screening_rounds r WHERE r.id = :id AND {scope}");
	private static final String PAGE = ROUNDS.sql("SELECT " + ROUND_COLUMNS
			+ " FROM screening_rounds r WHERE r.town_code LIKE :prefix AND {scope} ORDER BY r.due_at DESC, r.id DESC"
			+ " LIMIT :limit OFFSET :offset");
	private static final String COUNT = ROUNDS.sql(
			"SELECT count(*) FROM screening_rounds r WHERE r.town_code LIKE :prefix AND {scope}");
	private static final String VILLAGE_LIST = VILLAGES.sql("""
			SELECT v.round_id, v.region_code, v.name, v.status, v.reported_at, v.reported_by, v.note,
			       COALESCE((SELECT array_agg(f.case_number ORDER BY f.case_number) FROM screening_findings f
			                 WHERE f.round_id = v.round_id AND f.region_code = v.region_code), '{}')
			FROM screening_round_villages v WHERE v.round_id = ANY (:ids) AND {scope}
			ORDER BY v.round_id, v.region_code
			""");

	private final JdbcClient jdbc;

	ScreeningRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String townCode, String title, String occasion, Instant dueAt, Instant now, String by,
			Map<String, String> villages) {
		long id = jdbc.sql("""
				INSERT INTO screening_rounds (town_code, title, occasion, due_at, opened_at, opened_by)
				VALUES (:town, :title, :occasion, :due, :now, :by) RETURNING id
				""").param("town", townCode).param("title", title).param("occasion", occasion)
			.param("due", Timestamp.from(dueAt)).param("now", Timestamp.from(now)).param("by", by)
			.query(Long.class).single();
		jdbc.sql("""
				INSERT INTO screening_round_villages (round_id, region_code, name)
				SELECT :id, code, name FROM unnest(CAST(:codes AS varchar[]), CAST(:names AS varchar[])) AS t(code, name)
				""").param("id", id).param("codes", villages.keySet().toArray(String[]::new))
			.param("names", villages.values().toArray(String[]::new)).update();
		return id;
	}

	Optional<RoundRow> find(long id, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(FIND), scope).param("id", id).query(ScreeningRepository::round).optional();
	}

	List<RoundRow> page(String prefix, DataScope scope, int limit, int offset) {
		return ScopeSql.bind(jdbc.sql(PAGE), scope).param("prefix", prefix + "%").param("limit", limit)
			.param("offset", offset).query(ScreeningRepository::round).list();
	}

	long count(String prefix, DataScope scope) {
		return ScopeSql.bind(jdbc.sql(COUNT), scope).param("prefix", prefix + "%").query(Long.class).single();
	}

	/** The villages of the rounds the scope sees, by round id, in code order. */
	Map<Long, List<VillageRow>> villages(List<Long> roundIds, DataScope scope) {
		Map<Long, List<VillageRow>> out = new LinkedHashMap<>();
		roundIds.forEach(id -> out.put(id, new ArrayList<>()));
		if (roundIds.isEmpty()) {
			return out;
		}
		ScopeSql.bind(jdbc.sql(VILLAGE_LIST), scope).param("ids", roundIds.toArray(Long[]::new))
			.query((rs, i) -> {
				String status = rs.getString(4);
				Timestamp at = rs.getTimestamp(5);
				return new VillageRow(rs.getLong(1), rs.getString(2), rs.getString(3),
						status == null ? null : ReportStatus.valueOf(status), at == null ? null : at.toInstant(),
						rs.getString(6), rs.getString(7), List.of((String[]) rs.getArray(8).getArray()));
			}).list().forEach(v -> out.get(v.roundId()).add(v));
		return out;
	}

	/** Records a village's answer, replacing an earlier one; false when the round has no such village. */
	boolean report(long roundId, String village, ReportStatus status, List<String> disputes, String note, Instant now,
			String by) {
		int updated = jdbc.sql("""
				UPDATE screening_round_villages SET status = :status, reported_at = :now, reported_by = :by, note = :note
				WHERE round_id = :id AND region_code = :village
				""").param("status", status.name()).param("now", Timestamp.from(now)).param("by", by)
			.param("note", note).param("id", roundId).param("village", village).update();
		if (updated == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM screening_findings WHERE round_id = :id AND region_code = :village")
			.param("id", roundId).param("village", village).update();
		if (!disputes.isEmpty()) {
			jdbc.sql("""
					INSERT INTO screening_findings (round_id, region_code, case_number)
					SELECT :id, :village, n FROM unnest(CAST(:numbers AS varchar[])) AS t(n) ON CONFLICT DO NOTHING
					""").param("id", roundId).param("village", village)
				.param("numbers", disputes.toArray(String[]::new)).update();
		}
		return true;
	}

	private static RoundRow round(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
		return new RoundRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(), rs.getString(7));
	}
}
