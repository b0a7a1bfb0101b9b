package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The status of a case is indexed nowhere (migration V2026_12_08_0200), so that an action which moves nothing else an
 * index holds rewrites its case in place, with no new index entry; lists by status find their cases through the
 * open cases' and the merged cases' own indexes instead.
 */
class CaseStatusIndexesApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void no_index_of_cases_names_the_status_in_its_columns_or_its_condition() {
		assertThat(jdbc.sql("""
				SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
				WHERE i.indrelid = 'cases'::regclass
				  AND ((SELECT attnum FROM pg_attribute WHERE attrelid = 'cases'::regclass AND attname = 'status') = ANY (i.indkey)
				       OR coalesce(pg_get_expr(i.indpred, i.indrelid), '') LIKE '%status%'
				       OR coalesce(pg_get_expr(i.indexprs, i.indrelid), '') LIKE '%status%')
				""").query(String.class).list()).isEmpty();
	}

	@Test
	void a_page_of_an_open_status_is_read_from_the_open_cases_index_and_one_of_merged_cases_from_theirs() {
		assertThat(plan("c.status = ANY ('{RECEIVED,RETURNED}') AND c.open")).contains("cases_open_received_idx");
		assertThat(plan("c.status = 'MERGED' AND c.merged_into IS NOT NULL")).contains("cases_merged_received_idx");
	}

	/** The plan of a newest-first page, with reading the whole table ruled out so that a usable index shows. */
	private String plan(String condition) {
		return transactions.execute(status -> {
			jdbc.sql("SELECT set_config('enable_seqscan', 'off', true)").query((rs, i) -> 1).list();
			return String.join("\n", jdbc.sql("EXPLAIN SELECT c.id FROM cases c WHERE " + condition
					+ " ORDER BY c.received_at DESC, c.id DESC LIMIT 20").query(String.class).list());
		});
	}
}
