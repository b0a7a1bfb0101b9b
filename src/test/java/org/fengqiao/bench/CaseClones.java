package org.fengqiao.bench;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Clones the demo's finished cases with {@code INSERT … SELECT generate_series} until the table holds
 * {@code total} cases, {@code town} of them in 龙头镇: every time of a clone moves by one shift, so receipts
 * spread evenly over the ten years before the demo's year. Secondary indexes are dropped for the load and
 * rebuilt after (as a bulk load would), then the table is vacuumed and analyzed. The case rollups follow through
 * cases' statement-level insert trigger (one aggregate per INSERT … SELECT); the settlement rollups, which the
 * mediation module keeps from CaseChanged events that a bulk SQL load does not publish, by one recount of the clones
 * and one fold of their months' slots (which the daily RollupFolding would have done); the texts search reads,
 * through cases' insert trigger, their trigram index dropped and rebuilt with the cases' indexes.
 */
final class CaseClones {

	private static final String LONGTOU = "610722101%";
	private final JdbcClient jdbc;

	CaseClones(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void load(long total, long town) {
		long t = System.nanoTime();
		long haveTown = count("region_code LIKE '" + LONGTOU + "'");
		long haveOther = count("region_code NOT LIKE '" + LONGTOU + "'");
		List<String> indexes = jdbc.sql("""
				SELECT indexdef FROM pg_indexes WHERE tablename IN ('cases', 'case_texts')
				AND indexname NOT IN ('cases_pkey', 'cases_number_unique', 'case_texts_pkey')""").query(String.class).list();
		for (String def : indexes) {
			jdbc.sql("DROP INDEX " + def.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) ON .*$", "$2")).update();
		}
		String columns = String.join(", ", jdbc.sql("""
				SELECT column_name FROM information_schema.columns WHERE table_name = 'cases'
				AND column_name NOT IN ('id', 'number') AND is_generated = 'NEVER' ORDER BY ordinal_position""").query(String.class).list());
		String values = String.join(", ", jdbc.sql("""
				SELECT CASE WHEN data_type = 'timestamp with time zone' THEN 's.' || column_name || ' - shift'
				            ELSE 's.' || column_name END
				FROM information_schema.columns WHERE table_name = 'cases'
				AND column_name NOT IN ('id', 'number') AND is_generated = 'NEVER' ORDER BY ordinal_position""").query(String.class).list());
		clone(town - haveTown, "region_code LIKE '" + LONGTOU + "'", "L", columns, values);
		clone(total - town - haveOther, "region_code NOT LIKE '" + LONGTOU + "'", "X", columns, values);
		System.out.printf("cloned in %.1f s%n", CaseListBenchmark.seconds(t));
		long r = System.nanoTime();
		jdbc.sql("SELECT settlement_recount(ARRAY(SELECT number FROM cases WHERE kind = 'DISPUTE' AND number ~ '^[LX]'))")
			.query((rs, i) -> 1).list();
		System.out.printf("settlement recount of the cloned disputes in %.1f s%n", CaseListBenchmark.seconds(r));
		// the clones are years old: the daily RollupFolding would have folded their months' slots
		System.out.printf("settlement rollups: %,d groups folded, %,d rows%n", jdbc.sql("""
				SELECT settlement_rollups_fold(CAST(date_trunc('month', now() - interval '62 days') AS date))""")
			.query(Integer.class).single(), jdbc.sql("SELECT count(*) FROM settlement_rollups").query(Long.class).single());
		long i = System.nanoTime();
		for (String def : indexes) {
			jdbc.sql("SET maintenance_work_mem = '256MB'; " + def).update(); // one connection for both
		}
		System.out.printf("%d secondary indexes rebuilt in %.1f s%n", indexes.size(), CaseListBenchmark.seconds(i));
		long v = System.nanoTime();
		jdbc.sql("VACUUM ANALYZE cases").update();
		jdbc.sql("VACUUM ANALYZE case_texts").update();
		jdbc.sql("VACUUM ANALYZE case_rollups").update();
		jdbc.sql("VACUUM ANALYZE settlement_rollups").update();
		jdbc.sql("VACUUM ANALYZE settlement_cases").update();
		// the load wrote about a gigabyte: its checkpoint would otherwise run under the first timed requests
		long c = System.nanoTime();
		jdbc.sql("CHECKPOINT").update();
		System.out.printf("CHECKPOINT after the load in %.1f s%n", CaseListBenchmark.seconds(c));
		System.out.printf("case_rollups: %,d rows (%s), %,d cases counted%n",
				jdbc.sql("SELECT count(*) FROM case_rollups").query(Long.class).single(),
				size("pg_total_relation_size('case_rollups')"),
				jdbc.sql("SELECT sum(received) FROM case_rollups").query(Long.class).single());
		System.out.printf("VACUUM ANALYZE in %.1f s; cases: %,d, in 龙头镇: %,d; table %s, indexes %s; load %.1f s in all%n",
				CaseListBenchmark.seconds(v), count("true"), count("region_code LIKE '" + LONGTOU + "'"),
				size("pg_table_size('cases')"), size("pg_indexes_size('cases')"), CaseListBenchmark.seconds(t));
	}

	private void clone(long rows, String where, String prefix, String columns, String values) {
		if (rows <= 0) {
			return;
		}
		long t = System.nanoTime();
		// Clone i (1..rows) of source n receives (i / rows) of ten years before the earliest demo receipt.
		int inserted = jdbc.sql("""
				WITH src AS (
				    SELECT row_number() OVER (ORDER BY id) AS n, c.* FROM cases c
				    WHERE %s AND status IN ('CLOSED', 'MERGED') AND number NOT LIKE 'L%%' AND number NOT LIKE 'X%%'),
				sources AS (SELECT count(*) AS k FROM src),
				base AS (SELECT min(received_at) AS at FROM cases),
				clones AS (
				    SELECT src.*, g * sources.k + src.n AS i,
				           src.received_at - (base.at - (g * sources.k + src.n) * (interval '3650 days' / :rows)) AS shift
				    FROM src, sources, base, generate_series(0, CAST(:rows AS bigint) / sources.k) g
				    WHERE g * sources.k + src.n <= :rows)
				INSERT INTO cases (number, %s)
				SELECT '%s' || lpad(CAST(s.i AS text), 9, '0'), %s FROM clones s
				""".formatted(where, columns, prefix, values)).param("rows", rows).update();
		System.out.printf("%,d clones (%s) in %.1f s%n", inserted, where, CaseListBenchmark.seconds(t));
	}

	private long count(String where) {
		return jdbc.sql("SELECT count(*) FROM cases WHERE " + where).query(Long.class).single();
	}

	private String size(String expression) {
		return jdbc.sql("SELECT pg_size_pretty(" + expression + ")").query(String.class).single();
	}
}
