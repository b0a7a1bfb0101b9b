package org.fengqiao.identity;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fengqiao.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UserRepository {

	static final String COLUMNS = """
			u.username, u.display_name, u.password_hash, u.roles, u.scope_regions, u.scope_departments, u.read_only,
			u.staff_id, u.enabled, u.failed_logins, u.locked_until
			""";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> find(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users u WHERE u.username = :username")
			.param("username", username).query(UserRepository::map).optional();
	}

	List<UserAccount> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM users u ORDER BY u.username").query(UserRepository::map).list();
	}

	boolean exists(String username) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE username = :username)")
			.param("username", username).query(Boolean.class).single();
	}

	void insert(UserAccount u, boolean demo, Instant now) {
		jdbc.sql("""
				INSERT INTO users (username, display_name, password_hash, roles, scope_regions, scope_departments,
				                   read_only, staff_id, demo, password_changed_at, created_at)
				VALUES (:username, :displayName, :hash, :roles, :regions, :departments, :readOnly, :staffId, :demo, :now, :now)
				""").param("username", u.username()).param("displayName", u.displayName())
			.param("hash", u.passwordHash())
			.param("roles", u.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("regions", u.regions().toArray(String[]::new))
			.param("departments", u.departments().toArray(String[]::new)).param("readOnly", u.readOnly())
			.param("staffId", u.staffId()).param("demo", demo).param("now", Timestamp.from(now)).update();
	}

	/** An administrator's change of an account: name, roles, data scope, staff record and whether it may log in. */
	int update(UserAccount u) {
		return jdbc.sql("""
				UPDATE users SET display_name = :displayName, roles = :roles, scope_regions = :regions,
				       scope_departments = :departments, read_only = :readOnly, staff_id = :staffId, enabled = :enabled
				WHERE username = :username
				""").param("username", u.username()).param("displayName", u.displayName())
			.param("roles", u.roles().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("regions", u.regions().toArray(String[]::new))
			.param("departments", u.departments().toArray(String[]::new)).param("readOnly", u.readOnly())
			.param("staffId", u.staffId()).param("enabled", u.enabled()).update();
	}

	/** Counts one more failure atomically and returns the new count. */
	int recordFailure(String username) {
		return jdbc.sql("UPDATE users SET failed_logins = failed_logins + 1 WHERE username = :username RETURNING failed_logins")
			.param("username", username).query(Integer.class).single();
	}

	void lock(String username, Instant until) {
		jdbc.sql("UPDATE users SET locked_until = :until, failed_logins = 0 WHERE username = :username")
			.param("username", username).param("until", Timestamp.from(until)).update();
	}

	void clearFailures(String username) {
		jdbc.sql("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE username = :username AND (failed_logins > 0 OR locked_until IS NOT NULL)")
			.param("username", username).update();
	}

	void changePassword(String username, String hash, Instant now) {
		jdbc.sql("UPDATE users SET password_hash = :hash, password_changed_at = :now WHERE username = :username")
			.param("username", username).param("hash", hash).param("now", Timestamp.from(now)).update();
	}

	static UserAccount map(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		Long staffId = rs.getObject("staff_id", Long.class);
		return new UserAccount(rs.getString("username"), rs.getString("display_name"), rs.getString("password_hash"),
				Arrays.stream(strings(rs.getArray("roles"))).map(Role::valueOf).collect(Collectors.toSet()),
				List.of(strings(rs.getArray("scope_regions"))), List.of(strings(rs.getArray("scope_departments"))),
				rs.getBoolean("read_only"), staffId, rs.getBoolean("enabled"),
				rs.getInt("failed_logins"), locked == null ? null : locked.toInstant());
	}

	private static String[] strings(Array array) throws SQLException {
		return array == null ? new String[0] : (String[]) array.getArray();
	}
}
