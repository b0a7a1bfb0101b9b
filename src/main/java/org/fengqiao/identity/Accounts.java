package org.fengqiao.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.platform.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The identity module API: accounts, login and logout. */
@Service
public class Accounts {

	/** A new account: its roles and the scope its data permission covers. */
	public record NewAccount(String username, String displayName, String password, Set<Role> roles,
			List<String> regions, List<String> departments, boolean readOnly, Long staffId) {
	}

	record LoggedIn(String token, Instant expiresAt, UserAccount user) {
	}

	private final UserRepository users;
	private final Tokens tokens;
	private final PasswordEncoder encoder;
	private final AuditLog audit;
	private final Clock clock;
	private final LockoutPolicy lockout = LockoutPolicy.DEFAULT;
	/**
	 * A hash of a random string at the encoder's cost (10, see SecurityConfig): a login of an unknown user checks
	 * against it, so that it takes as long as one of a known user. A constant, because hashing it at start costs
	 * a cold JVM a noticeable part of a second.
	 */
	static final String DUMMY_HASH = "$2a$10$W.fvGhCptJ4P5lDXLqANkOC29kc.K4DSBii06yCDxyqUWLXnaUkxO";

	Accounts(UserRepository users, Tokens tokens, PasswordEncoder encoder, AuditLog audit, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates an account after checking the password policy; demo accounts are marked as such. */
	public void create(NewAccount account, boolean demo) {
		create(account, demo, null);
	}

	/**
	 * Creates the demo accounts. They all have the same published demo password, so it is hashed once for all of
	 * them (a hash costs a cold JVM about 0.1 s); their policy checks are those of {@link #create}.
	 */
	public void createDemo(List<NewAccount> demoAccounts) {
		Map<String, String> hashes = new HashMap<>();
		for (NewAccount account : demoAccounts) {
			create(account, true, hashes.computeIfAbsent(account.password(), encoder::encode));
		}
	}

	private void create(NewAccount account, boolean demo, String knownHash) {
		if (!PasswordPolicy.accepts(account.password())) {
			throw ValidationException.of("password", "password.weak");
		}
		if (account.roles().isEmpty()) {
			throw ValidationException.of("roles", "validation.required");
		}
		for (String region : account.regions()) {
			if (!RegionCodes.isWellFormed(region)) {
				throw ValidationException.of("regions", "region.code-invalid");
			}
		}
		if (users.exists(account.username())) {
			throw ApiException.conflict("user.exists", account.username());
		}
		List<String> regions = account.regions().stream().map(RegionCodes::pad).toList();
		String hash = knownHash != null ? knownHash : encoder.encode(account.password());
		users.insert(new UserAccount(account.username(), account.displayName(), hash, account.roles(),
				regions, account.departments(), account.readOnly(), account.staffId(), true, 0, null), demo,
				clock.instant());
		audit.record("USER_CREATE", "user", account.username());
	}

	public boolean exists(String username) {
		return users.exists(username);
	}

	LoggedIn login(String username, String password) {
		Instant now = clock.instant();
		UserAccount user = users.find(username).filter(UserAccount::enabled).orElse(null);
		if (user == null) {
			encoder.matches(password, DUMMY_HASH); // same work whether or not the user exists
			audit.recordAs(username, "LOGIN_FAILED", "user", username);
			throw new ApiException(HttpStatus.UNAUTHORIZED, "auth.bad-credentials");
		}
		if (lockout.isLocked(user.lockedUntil(), now)) {
			audit.recordAs(username, "LOGIN_LOCKED", "user", username);
			throw locked(user.lockedUntil());
		}
		if (!encoder.matches(password, user.passwordHash())) {
			int failures = users.recordFailure(username);
			audit.recordAs(username, "LOGIN_FAILED", "user", username);
			Instant until = lockout.lockAfter(failures, now);
			if (until != null) {
				users.lock(username, until);
				throw locked(until);
			}
			throw new ApiException(HttpStatus.UNAUTHORIZED, "auth.bad-credentials");
		}
		users.clearFailures(username);
		Tokens.Issued issued = tokens.issue(username);
		audit.recordAs(username, "LOGIN", "user", username);
		// read back through the token: the user as every later request sees it (a grid member with its grids)
		return new LoggedIn(issued.token(), issued.expiresAt(), tokens.user(issued.token()).orElse(user));
	}

	void logout(String token, Caller caller) {
		tokens.revoke(token);
		audit.recordAs(caller.username(), "LOGOUT", "user", caller.username());
	}

	void changePassword(Caller caller, String current, String next) {
		UserAccount user = users.find(caller.username()).orElseThrow();
		if (!encoder.matches(current, user.passwordHash())) {
			throw ValidationException.of("currentPassword", "password.wrong");
		}
		if (!PasswordPolicy.accepts(next)) {
			throw ValidationException.of("newPassword", "password.weak");
		}
		users.changePassword(caller.username(), encoder.encode(next), clock.instant());
		tokens.revokeAll(caller.username());
		audit.record("PASSWORD_CHANGE", "user", caller.username());
	}

	/** What an administrator may change on an account (its username and password excepted). */
	record AccountChange(String displayName, Set<Role> roles, List<String> regions, List<String> departments,
			boolean readOnly, Long staffId, boolean enabled) {
	}

	/**
	 * Changes an account. Its tokens are revoked, so a change of roles, scope or a disabling takes effect at
	 * once (within the per-node token memory's few seconds on other nodes); an administrator cannot disable
	 * or demote themselves.
	 */
	void update(String username, AccountChange change, Caller caller) {
		UserAccount user = users.find(username).orElseThrow(() -> ApiException.notFound("user.not-found", username));
		if (change.roles() == null || change.roles().isEmpty()) {
			throw ValidationException.of("roles", "validation.required");
		}
		if (change.displayName() == null || change.displayName().isBlank()) {
			throw ValidationException.of("displayName", "validation.required");
		}
		for (String region : change.regions()) {
			if (!RegionCodes.isWellFormed(region)) {
				throw ValidationException.of("regions", "region.code-invalid");
			}
		}
		if (username.equals(caller.username()) && (!change.enabled() || !change.roles().contains(Role.ADMIN))) {
			throw ApiException.conflict("user.cannot-lock-out-self");
		}
		users.update(new UserAccount(username, change.displayName().trim(), user.passwordHash(), change.roles(),
				change.regions().stream().map(RegionCodes::pad).toList(), change.departments(), change.readOnly(),
				change.staffId(), change.enabled(), user.failedLogins(), user.lockedUntil()));
		tokens.revokeAll(username);
		audit.record(change.enabled() ? "USER_UPDATE" : "USER_DISABLE", "user", username);
	}

	/** An administrator sets a new password (the user forgot theirs): the policy applies, sessions end, lock-out clears. */
	void resetPassword(String username, String password) {
		users.find(username).orElseThrow(() -> ApiException.notFound("user.not-found", username));
		if (!PasswordPolicy.accepts(password)) {
			throw ValidationException.of("password", "password.weak");
		}
		users.changePassword(username, encoder.encode(password), clock.instant());
		users.clearFailures(username);
		tokens.revokeAll(username);
		audit.record("USER_PASSWORD_RESET", "user", username);
	}

	void unlock(String username) {
		users.find(username).orElseThrow(() -> ApiException.notFound("user.not-found", username));
		users.clearFailures(username);
		audit.record("USER_UNLOCK", "user", username);
	}

	java.util.Optional<UserAccount> find(String username) {
		return users.find(username);
	}

	List<UserAccount> all() {
		return users.all();
	}

	private static ApiException locked(Instant until) {
		return new ApiException(HttpStatus.UNAUTHORIZED, "auth.locked", Times.local(until).toLocalTime().withNano(0))
			.with("lockedUntil", Times.local(until));
	}
}
