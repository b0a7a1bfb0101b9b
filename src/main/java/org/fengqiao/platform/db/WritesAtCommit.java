package org.fengqiao.platform.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that only add or recount rows and answer the caller nothing (an audit entry, notifications, a settlement
 * recount): inside a transaction they are sent with its COMMIT, in the commit's own round trip to the database
 * ({@link CommitWithWritesTransactionManager}); outside one they run at once. They belong to the transaction as
 * any other statement: a write that fails rolls the whole transaction back, and a rollback drops them unsent. What
 * they write is not visible to the transaction's own later reads. They belong to the whole transaction, not to a
 * savepoint: a rollback to a savepoint ({@code PROPAGATION_NESTED}, which nothing here uses) would not take back the
 * writes held since it, so hold none inside a nested transaction.
 */
@Component
public class WritesAtCommit {

	private final JdbcTemplate jdbc;

	WritesAtCommit(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** One statement with its {@code ?} parameters in order. */
	record Write(String sql, Object[] args) {
	}

	/** Writes {@code sql} with {@code args} at the commit of the current transaction, or now outside one. */
	public void add(String sql, Object... args) {
		Pending pending = pending();
		if (pending == null) {
			jdbc.execute(sql, (PreparedStatementCallback<Boolean>) statement -> {
				bind(statement, 1, args);
				return statement.execute();
			});
			return;
		}
		pending.add(new Write(sql, args));
	}

	/**
	 * Binds {@code args} from parameter {@code first} on; answers the next parameter's index. The kinds these writes
	 * carry are bound directly, a time as an offset date-time (which the driver writes without a calendar); anything
	 * else as Spring binds it.
	 */
	static int bind(PreparedStatement statement, int first, Object[] args) throws SQLException {
		int index = first;
		for (Object arg : args) {
			if (arg == null) {
				statement.setNull(index, Types.NULL);
			}
			else if (arg instanceof String s) {
				statement.setString(index, s);
			}
			else if (arg instanceof Long l) {
				statement.setLong(index, l);
			}
			else if (arg instanceof Integer i) {
				statement.setInt(index, i);
			}
			else if (arg instanceof Boolean b) {
				statement.setBoolean(index, b);
			}
			else if (arg instanceof Timestamp t) {
				statement.setObject(index, t.toInstant().atOffset(ZoneOffset.UTC));
			}
			else {
				StatementCreatorUtils.setParameterValue(statement, index, SqlTypeValue.TYPE_UNKNOWN, arg);
			}
			index++;
		}
		return index;
	}

	/**
	 * The current transaction's writes, bound to it on first use as a transaction resource, so that each later write
	 * finds them by a map look-up (asking for the registered synchronizations sorts them on every call); null outside
	 * a transaction.
	 */
	private static Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			return null;
		}
		Pending pending = (Pending) TransactionSynchronizationManager.getResource(Pending.KEY);
		if (pending != null) {
			return pending;
		}
		// the transaction's first write, or one added while it completes, its writes unbound but still registered
		return TransactionSynchronizationManager.getSynchronizations().stream().filter(Pending.class::isInstance)
			.map(Pending.class::cast).findFirst().orElseGet(() -> {
				Pending fresh = new Pending();
				TransactionSynchronizationManager.bindResource(Pending.KEY, fresh);
				TransactionSynchronizationManager.registerSynchronization(fresh);
				return fresh;
			});
	}

	/** The writes the current transaction will send with its commit, taken once (none outside a transaction). */
	static List<Write> takeForCommit() {
		Pending pending = TransactionSynchronizationManager.isSynchronizationActive()
				? (Pending) TransactionSynchronizationManager.getResource(Pending.KEY) : null;
		return pending == null ? List.of() : pending.take();
	}

	/**
	 * One transaction's writes; closed once taken, so a write added after the commit fails rather than vanishes. It
	 * is the transaction's resource only while the transaction runs: an inner new transaction suspends it (and binds
	 * its own), and it is unbound when the transaction completes.
	 */
	private static final class Pending implements TransactionSynchronization {

		static final Object KEY = new Object();

		private final List<Write> writes = new ArrayList<>();
		private boolean taken;

		void add(Write write) {
			if (taken) {
				throw new IllegalStateException("a write at commit added after the transaction committed: " + write.sql());
			}
			writes.add(write);
		}

		List<Write> take() {
			taken = true;
			return List.copyOf(writes);
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(KEY);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(KEY, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
		}
	}
}
