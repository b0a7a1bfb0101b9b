package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseFilter;
import org.fengqiao.cases.CaseVisibility;
import java.time.Instant;
import java.util.List;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.ScopeSql;
import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case list: filters plus {@link CaseVisibility}. */
@Repository
public class CaseQueries {

	private static final String FILTER = CaseVisibility.RULE.sql("""
			 FROM cases c WHERE {scope}
			 AND (cardinality(CAST(:statuses AS text[])) = 0 OR c.status = ANY (CAST(:statuses AS text[])))
			 AND (CAST(:kind AS text) IS NULL OR c.kind = :kind)
			 AND (cardinality(CAST(:levels AS text[])) = 0 OR c.level = ANY (CAST(:levels AS text[])))
			 AND c.region_code LIKE :regionPattern
			 AND (CAST(:unit AS text) IS NULL OR c.lead_unit = :unit OR c.holding_unit = :unit
			      OR CAST(:unit AS varchar) = ANY (c.co_units))
			 AND (CAST(:overdue AS boolean) IS NULL OR c.overdue = :overdue)
			 AND (CAST(:q AS text) IS NULL OR c.number = :q OR c.title ILIKE :qLike OR c.description ILIKE :qLike)
			 AND c.received_at >= :from AND c.received_at < :to
			 AND (NOT :mine OR (c.first_receiver = :scopeUser
			      AND c.status NOT IN ('FEEDBACK_GIVEN', 'VISITED', 'CLOSED', 'MERGED')))
			""");

	private final JdbcClient jdbc;

	CaseQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CaseRecord> page(CaseFilter f, String regionPrefix, DataScope v, PageQuery page) {
		return bind(jdbc.sql("SELECT " + CaseRows.COLUMNS + FILTER
				+ " ORDER BY c.received_at DESC, c.id DESC LIMIT :limit OFFSET :offset"), f, regionPrefix, v)
			.param("limit", page.size()).param("offset", page.offset())
			.query(CaseRows::map).list();
	}

	public long count(CaseFilter f, String regionPrefix, DataScope v) {
		return bind(jdbc.sql("SELECT count(*)" + FILTER), f, regionPrefix, v).query(Long.class).single();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, CaseFilter f, String regionPrefix,
			DataScope v) {
		String q = f.q() == null || f.q().isBlank() ? null : f.q().trim();
		return ScopeSql.bind(spec, v).param("statuses", f.statuses().stream().map(Enum::name).toArray(String[]::new))
			.param("levels", f.levels().stream().map(Enum::name).toArray(String[]::new))
			.param("kind", f.kind() == null ? null : f.kind().name()).param("regionPattern", regionPrefix + "%")
			.param("unit", f.unit()).param("overdue", f.overdue()).param("q", q)
			.param("qLike", q == null ? null : "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.param("from", CaseRows.ts(f.from() == null ? Instant.EPOCH : Times.startOf(f.from())))
			.param("to", CaseRows.ts(f.to() == null ? Instant.parse("9999-01-01T00:00:00Z") : Times.endOf(f.to())))
			.param("mine", f.mine());
	}
}
