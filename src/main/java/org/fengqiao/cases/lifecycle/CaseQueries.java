package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseFilter;
import org.fengqiao.cases.CaseStatus;
import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.cases.QueueCounts;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case list: filters plus {@link CaseVisibility}. */
@Repository
public class CaseQueries {

	/** The filters; {@code %2$s} takes the text-search condition, {@code %1$s} the open statuses. */
	private static final String FILTER_TEMPLATE = """
			 FROM cases c WHERE {scope}
			 AND (cardinality(CAST(:statuses AS text[])) = 0 OR c.status = ANY (CAST(:statuses AS text[])))
			 AND (NOT :openOnly OR c.open) AND (NOT :mergedOnly OR c.merged_into IS NOT NULL)
			 AND (CAST(:kind AS text) IS NULL OR c.kind = :kind)
			 AND (cardinality(CAST(:levels AS text[])) = 0 OR c.level = ANY (CAST(:levels AS text[])))
			 AND c.region_code LIKE :regionPattern
			 AND (CAST(:unit AS text) IS NULL OR c.lead_unit = :unit OR c.holding_unit = :unit
			      OR CAST(:unit AS varchar) = ANY (c.co_units))
			 AND (CAST(:overdue AS boolean) IS NULL OR c.overdue = :overdue)
			 %2$s
			 AND c.received_at >= :from AND c.received_at < :to
			 AND (NOT :mine OR (c.first_receiver = :scopeUser
			      AND c.status NOT IN ('FEEDBACK_GIVEN', 'VISITED', 'CLOSED', 'MERGED')))
			 AND (CAST(:warning AS boolean) IS NULL OR (c.warning AND NOT c.overdue AND c.status IN %1$s) = :warning)
			 AND (CAST(:supervised AS boolean) IS NULL OR (c.supervision IS NOT NULL) = :supervised)
			 AND (CAST(:extensionPending AS boolean) IS NULL OR (c.extension_days IS NOT NULL) = :extensionPending)
			 AND (CAST(:part AS text) IS NULL OR (:part = 'LEAD' AND c.lead_unit = ANY (:scopeUnits))
			      OR (:part = 'CO' AND c.co_units && CAST(:scopeUnits AS varchar[])))
			""";

	/** The statuses of a case not yet resolved. */
	static final String OPEN = "('RECEIVED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'RETURNED', 'ESCALATED', 'REOPENED')";

	/** No text search. */
	private static final String FILTER = CaseVisibility.RULE.sql(FILTER_TEMPLATE.formatted(OPEN, ""));
	/**
	 * Three characters or more: the cases whose write-once texts (case_texts, lowered) hold the pattern, which their
	 * trigram index answers — a plain semi-join, so PostgreSQL may read the newest cases first and stop after a page
	 * when the word is common, or start from the index when it is rare. A separate statement so that no plan carries
	 * a branch for an absent {@code q}.
	 */
	private static final String FILTER_TRIGRAMS = CaseVisibility.RULE.sql(FILTER_TEMPLATE.formatted(OPEN,
			"AND c.id IN (SELECT t.case_id FROM case_texts t WHERE t.text LIKE lower(:qLike))"));
	/**
	 * A query shaped like a case number: that case, or the few whose texts mention it (an array of their ids, so that
	 * both parts are index lookups PostgreSQL ORs; the semi-join above cannot be ORed with the number).
	 */
	private static final String FILTER_NUMBER = CaseVisibility.RULE.sql(FILTER_TEMPLATE.formatted(OPEN,
			"AND (c.number = :q OR c.id = ANY (ARRAY(SELECT t.case_id FROM case_texts t WHERE t.text LIKE lower(:qLike))))"));
	/**
	 * The count of a search of three characters or more: each case whose texts hold the pattern, found by the trigram
	 * index, looked up by its id and kept if it passes every filter. As a semi-join the planner may instead walk both
	 * primary keys side by side until the cap, which it prices by a guess of how common the word is: over a million
	 * cases that walk took 205 ms for 宅基地 where this order takes 33 ms, and a rare word would read every case. The
	 * OFFSET 0 keeps the lookup its own plan, run per hit, so the order is fixed.
	 */
	private static final String COUNT_TRIGRAMS = CaseVisibility.RULE.sql("""
			SELECT count(*) FROM (SELECT 1 FROM case_texts t
			CROSS JOIN LATERAL (SELECT 1 %s OFFSET 0) c
			WHERE t.text LIKE lower(:qLike) LIMIT :countLimit) matching
			""".formatted(FILTER_TEMPLATE.formatted(OPEN, "AND c.id = t.case_id")));
	/** {@code {town code, 9 digits, or a county's 6}-{year}-{sequence}} (CaseNumbers). */
	private static final Pattern NUMBER = Pattern.compile("\\d{6}(\\d{3})?-\\d{4}-\\d{6,}");

	/**
	 * One or two characters make no trigram, and a trigram index asked for none reads all of itself: the same
	 * match written so that no trigram index applies, found while reading the newest cases first (short words
	 * such as 纠纷 are common, so a page fills after few rows and the capped count stops early).
	 */
	private static final String FILTER_SHORT = CaseVisibility.RULE.sql(FILTER_TEMPLATE.formatted(OPEN,
			"AND (c.number = :q OR strpos(lower(c.title), lower(:q)) > 0 OR strpos(lower(c.description), lower(:q)) > 0)"));

	/** Every queue count in one pass over the cases the caller sees (each as its list would filter). */
	private static final String COUNTS = CaseVisibility.RULE.sql("""
			SELECT count(*) FILTER (WHERE c.status IN ('RECEIVED', 'RETURNED', 'ESCALATED', 'REOPENED')) AS to_dispatch,
			       count(*) FILTER (WHERE c.status = 'RETURNED') AS returned,
			       count(*) FILTER (WHERE c.status = 'ESCALATED') AS escalated,
			       count(*) FILTER (WHERE c.status IN ('DISPATCHED', 'ACCEPTED', 'IN_PROGRESS')) AS in_progress,
			       count(*) FILTER (WHERE c.status = 'RESOLVED') AS to_feedback,
			       count(*) FILTER (WHERE c.status = 'FEEDBACK_GIVEN') AS to_visit,
			       count(*) FILTER (WHERE c.warning AND NOT c.overdue AND c.status IN %1$s) AS warning,
			       count(*) FILTER (WHERE c.overdue AND c.status IN %1$s) AS overdue,
			       count(*) FILTER (WHERE c.supervision IS NOT NULL AND c.status IN %1$s) AS supervised,
			       count(*) FILTER (WHERE c.extension_days IS NOT NULL) AS extension_pending,
			       count(*) FILTER (WHERE c.status = 'DISPATCHED') AS to_accept,
			       count(*) FILTER (WHERE c.status IN ('ACCEPTED', 'IN_PROGRESS')) AS handling,
			       count(*) FILTER (WHERE c.status IN ('DISPATCHED', 'ACCEPTED', 'IN_PROGRESS')
			                        AND c.co_units && CAST(:scopeUnits AS varchar[])) AS co_tasks
			FROM cases c WHERE {scope}
			""".formatted(OPEN));

	private final JdbcClient jdbc;

	CaseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The page; inside a transaction, so that it is planned for the caller's scope. */
	public List<CaseRecord> page(CaseFilter f, String regionPrefix, DataScope v, PageQuery page) {
		ScopeSql.planForTheCaller(jdbc);
		return bind(jdbc.sql("SELECT " + CaseRows.COLUMNS + filter(f)
				+ " ORDER BY c.received_at DESC, c.id DESC LIMIT :limit OFFSET :offset"), f, regionPrefix, v)
			.param("limit", page.size()).param("offset", page.offset())
			.query(CaseRows::map).list();
	}

	/**
	 * The matching rows counted up to {@link Page#COUNT_CAP} + 1 (one more tells "beyond the cap"); planned for the
	 * caller, its scan starting at the table's first page, so the same count costs the same every time.
	 */
	public long count(CaseFilter f, String regionPrefix, DataScope v) {
		ScopeSql.planForTheCaller(jdbc);
		String sql = search(f) == Search.TRIGRAMS ? COUNT_TRIGRAMS
				: "SELECT count(*) FROM (SELECT 1" + filter(f) + " LIMIT :countLimit) matching";
		return bind(jdbc.sql(sql), f, regionPrefix, v).param("countLimit", Page.COUNT_CAP + 1).query(Long.class)
			.single();
	}

	/** How the text query, if any, is matched. */
	private enum Search {
		NONE, SHORT, NUMBER, TRIGRAMS
	}

	private static Search search(CaseFilter f) {
		String q = query(f);
		return q == null ? Search.NONE
				: q.codePointCount(0, q.length()) < 3 ? Search.SHORT
				: NUMBER.matcher(q).matches() ? Search.NUMBER : Search.TRIGRAMS;
	}

	private static String filter(CaseFilter f) {
		return switch (search(f)) {
			case NONE -> FILTER;
			case SHORT -> FILTER_SHORT;
			case NUMBER -> FILTER_NUMBER;
			case TRIGRAMS -> FILTER_TRIGRAMS;
		};
	}

	private static String query(CaseFilter f) {
		return f.q() == null || f.q().isBlank() ? null : f.q().trim();
	}

	public QueueCounts counts(DataScope v) {
		ScopeSql.planForTheCaller(jdbc);
		return ScopeSql.bind(jdbc.sql(COUNTS), v).query((rs, i) -> new QueueCounts(rs.getLong("to_dispatch"),
				rs.getLong("returned"), rs.getLong("escalated"), rs.getLong("in_progress"), rs.getLong("to_feedback"),
				rs.getLong("to_visit"), rs.getLong("warning"), rs.getLong("overdue"), rs.getLong("supervised"),
				rs.getLong("extension_pending"), rs.getLong("to_accept"), rs.getLong("handling"),
				rs.getLong("co_tasks"))).single();
	}

	/**
	 * Whether every status asked for is an open one: then the list also says {@code c.open}, which its plan (made for
	 * the caller's values) reads as the open cases' own index (the status itself is indexed nowhere, so that an action
	 * that moves nothing else indexed rewrites its row in place); {@code mergedOnly} does the same for merged cases.
	 */
	private static boolean openOnly(List<CaseStatus> statuses) {
		return !statuses.isEmpty() && !statuses.contains(CaseStatus.CLOSED) && !statuses.contains(CaseStatus.MERGED);
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CaseFilter f, String regionPrefix,
			DataScope v) {
		String q = query(f);
		return ScopeSql.bind(spec, v).param("statuses", f.statuses().stream().map(Enum::name).toArray(String[]::new))
			.param("openOnly", openOnly(f.statuses()))
			.param("mergedOnly", !f.statuses().isEmpty() && f.statuses().stream().allMatch(CaseStatus.MERGED::equals))
			.param("levels", f.levels().stream().map(Enum::name).toArray(String[]::new))
			.param("kind", f.kind() == null ? null : f.kind().name()).param("regionPattern", regionPrefix + "%")
			.param("unit", f.unit()).param("overdue", f.overdue()).param("q", q)
			.param("qLike", q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("from", CaseRows.ts(f.from() == null ? Instant.EPOCH : Times.startOf(f.from())))
			.param("to", CaseRows.ts(f.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : Times.endOf(f.to())))
			.param("mine", f.mine()).param("warning", f.warning()).param("supervised", f.supervised())
			.param("extensionPending", f.extensionPending())
			.param("part", f.part() == null ? null : f.part().name());
	}
}
