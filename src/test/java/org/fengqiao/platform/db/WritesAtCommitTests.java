package org.fengqiao.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.fengqiao.platform.audit.AuditLog;
import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes at commit belong to their transaction: written when it commits, with the commit, in the order added; never
 * when it rolls back; a failing one fails the commit and takes the transaction's own statements back with it.
 */
class WritesAtCommitTests extends ApiTest {

	@Autowired
	WritesAtCommit writes;

	@Autowired
	AuditLog audit;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void auditEntriesAreWrittenWithTheCommitNotBefore() {
		String record = UUID.randomUUID().toString();
		long seenInside = transactions.execute(status -> {
			audit.recordAs("desk.longtou", "TEST_WRITE", "test", record);
			audit.recordAs("desk.longtou", "TEST_WRITE_AGAIN", "test", record);
			return entries(record);
		});
		assertThat(seenInside).isZero();
		assertThat(jdbc.sql("SELECT action FROM audit_log WHERE record_id = :id ORDER BY id").param("id", record)
			.query(String.class).list()).containsExactly("TEST_WRITE", "TEST_WRITE_AGAIN");
	}

	@Test
	void aRolledBackTransactionWritesNothing() {
		String record = UUID.randomUUID().toString();
		transactions.executeWithoutResult(status -> {
			audit.recordAs("desk.longtou", "TEST_WRITE", "test", record);
			status.setRollbackOnly();
		});
		assertThat(entries(record)).isZero();
	}

	@Test
	void aFailingWriteFailsTheCommitAndTakesTheTransactionBack() {
		String record = UUID.randomUUID().toString();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			jdbc.sql("INSERT INTO audit_log (at, actor, action, record_type, record_id) VALUES (now(), 'a', 'BEFORE', 'test', :id)")
				.param("id", record).update();
			audit.recordAs("desk.longtou", "TEST_WRITE", "test", record);
			writes.add("INSERT INTO audit_log (at, actor, action, record_type, record_id) VALUES (now(), NULL, 'X', 'test', ?)",
					record); // actor is NOT NULL
		})).isInstanceOf(DataAccessException.class);
		assertThat(entries(record)).isZero();
		// the connection went back to the pool usable: the next transaction commits as usual
		transactions.executeWithoutResult(status -> audit.recordAs("desk.longtou", "TEST_WRITE", "test", record));
		assertThat(entries(record)).isOne();
	}

	@Test
	void anInnerNewTransactionSendsItsOwnWritesWithItsOwnCommit() {
		String outer = UUID.randomUUID().toString();
		String inner = UUID.randomUUID().toString();
		TransactionTemplate requiresNew = new TransactionTemplate(transactions.getTransactionManager());
		requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions.executeWithoutResult(status -> {
			audit.recordAs("desk.longtou", "OUTER_BEFORE", "test", outer);
			requiresNew.executeWithoutResult(innerStatus -> audit.recordAs("desk.longtou", "INNER", "test", inner));
			assertThat(entries(inner)).as("the inner transaction committed its write").isOne();
			audit.recordAs("desk.longtou", "OUTER_AFTER", "test", outer);
			status.setRollbackOnly();
		});
		assertThat(entries(outer)).as("the outer transaction rolled back both of its writes").isZero();
		assertThat(entries(inner)).isOne();
	}

	@Test
	void aWriteAddedAfterTheCommitFailsRatherThanVanishes() {
		String record = UUID.randomUUID().toString();
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			audit.recordAs("desk.longtou", "TEST_WRITE", "test", record);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					audit.recordAs("desk.longtou", "TOO_LATE", "test", record);
				}
			});
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("after the transaction committed");
		assertThat(jdbc.sql("SELECT action FROM audit_log WHERE record_id = :id").param("id", record)
			.query(String.class).list()).containsExactly("TEST_WRITE");
	}

	@Test
	void outsideATransactionAWriteRunsAtOnce() {
		String record = UUID.randomUUID().toString();
		audit.recordAs("desk.longtou", "TEST_WRITE", "test", record);
		assertThat(entries(record)).isOne();
	}

	private long entries(String record) {
		return jdbc.sql("SELECT count(*) FROM audit_log WHERE record_id = :id").param("id", record).query(Long.class).single();
	}
}
