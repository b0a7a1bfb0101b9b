package org.fengqiao.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database itself refuses a case's channel or supervision level outside the code tables, whoever writes the row
 * (migration V2026_12_07_1300 moved these checks from the table to domains, which PostgreSQL parses once).
 */
class CaseColumnChecksApiTests extends ApiTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_channel_or_supervision_level_outside_the_code_tables_is_refused_and_the_case_keeps_its_own() {
		long id = jdbc.sql("SELECT min(id) FROM cases").query(Long.class).single();
		String channel = jdbc.sql("SELECT channel FROM cases WHERE id = :id").param("id", id).query(String.class).single();
		String supervision = jdbc.sql("SELECT supervision FROM cases WHERE id = :id").param("id", id)
			.query(String.class).list().get(0); // may be null: none set

		assertThatThrownBy(() -> jdbc.sql("UPDATE cases SET channel = 'FAX' WHERE id = :id").param("id", id).update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("case_channel_check");
		assertThatThrownBy(() -> jdbc.sql("UPDATE cases SET supervision = 'URGENT' WHERE id = :id").param("id", id)
			.update()).isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("case_supervision_check");
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO cases (number, kind, category_code, channel, title, description, priority, status, level,
				                   region_code, holding_unit, first_receiver, reported_by, received_at, updated_at)
				SELECT number || '-X', kind, category_code, 'TELEGRAM', title, description, priority, status, level,
				       region_code, holding_unit, first_receiver, reported_by, received_at, updated_at
				FROM cases WHERE id = :id""").param("id", id).update())
			.isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("case_channel_check");

		try {
			assertThat(jdbc.sql("UPDATE cases SET supervision = 'KEY' WHERE id = :id").param("id", id).update())
				.isEqualTo(1);
			assertThat(jdbc.sql("SELECT channel FROM cases WHERE id = :id").param("id", id).query(String.class).single())
				.isEqualTo(channel);
		} finally { // the demo case is shared with the other tests
			jdbc.sql("UPDATE cases SET supervision = :s WHERE id = :id").param("s", supervision).param("id", id).update();
		}
	}
}
