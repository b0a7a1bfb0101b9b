package org.fengqiao.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's JDBC transaction manager, except that a transaction with {@link WritesAtCommit writes at commit} sends
 * them and its {@code COMMIT} as one multi-statement request: the PostgreSQL driver sends every statement of it
 * before it waits, so the writes and the commit cost one round trip together instead of one each. The server runs
 * them in order inside the transaction: if a write fails, the statements after it (the {@code COMMIT} among them)
 * are skipped, the commit fails with the write's error and Spring rolls the transaction back, as it would after any
 * failed statement. Without writes at commit, it commits exactly as {@link JdbcTransactionManager} does.
 */
class CommitWithWritesTransactionManager extends JdbcTransactionManager {

	CommitWithWritesTransactionManager(DataSource dataSource) {
		super(dataSource);
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		List<WritesAtCommit.Write> writes = WritesAtCommit.takeForCommit();
		if (writes.isEmpty()) {
			super.doCommit(status);
			return;
		}
		ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
		Connection con = holder.getConnection();
		StringBuilder sql = new StringBuilder();
		for (WritesAtCommit.Write write : writes) {
			sql.append(write.sql()).append("\n;\n"); // on a line of its own: a statement may end in a comment
		}
		sql.append("COMMIT");
		try (PreparedStatement statement = con.prepareStatement(sql.toString())) {
			int index = 1;
			for (WritesAtCommit.Write write : writes) {
				index = WritesAtCommit.bind(statement, index, write.args());
			}
			statement.execute();
		} catch (SQLException ex) {
			throw translateException("JDBC commit with its writes", ex);
		}
	}
}
