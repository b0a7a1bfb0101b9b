package org.fengqiao.identity;

import java.util.List;
import java.util.Set;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Account administration, for administrators. */
@RestController
@Tag(name = "identity")
class UserController {

	record UserCreate(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,63}") String username,
			@NotBlank @Size(max = 100) String displayName, @NotBlank String password, @NotEmpty Set<Role> roles,
			List<String> regions, List<String> departments, Boolean readOnly, Long staffId) {
	}

	record UserUpdate(@NotBlank @Size(max = 100) String displayName, @NotEmpty Set<Role> roles, List<String> regions,
			List<String> departments, Boolean readOnly, Long staffId, Boolean enabled) {
	}

	record PasswordReset(@NotBlank String password) {
	}

	/** An account as administrators see it: whether it may log in, whether it is locked, its staff record. */
	record AccountView(String username, String displayName, List<String> roles, AuthController.ScopeView scope,
			boolean enabled, java.time.OffsetDateTime lockedUntil, Long staffId) {

		static AccountView of(UserAccount u) {
			AuthController.UserView v = AuthController.UserView.of(u.caller());
			return new AccountView(v.username(), v.displayName(), v.roles(), v.scope(), u.enabled(),
					org.fengqiao.platform.Times.local(u.lockedUntil()), u.staffId());
		}
	}

	private final Accounts accounts;

	UserController(Accounts accounts) {
		this.accounts = accounts;
	}

	@Operation(operationId = "listUsers", summary = "List accounts",
			description = "For administrators.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/users")
	List<AccountView> list() {
		CurrentCaller.get().requireRole("user.forbidden");
		return accounts.all().stream().map(AccountView::of).toList();
	}

	@Operation(operationId = "updateUser", summary = "Change an account",
			description = "Name, roles, data scope, staff record and whether it may log in (`enabled: false` disables "
					+ "it). The account's sessions end at once. For administrators; nobody can disable or demote "
					+ "themselves.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PutMapping("/api/users/{username}")
	AccountView update(@PathVariable String username, @Valid @RequestBody UserUpdate body) {
		Caller caller = CurrentCaller.get();
		caller.requireWrite("user.forbidden");
		accounts.update(username, new Accounts.AccountChange(body.displayName(), body.roles(),
				body.regions() == null ? List.of() : body.regions(),
				body.departments() == null ? List.of() : body.departments(), Boolean.TRUE.equals(body.readOnly()),
				body.staffId(), !Boolean.FALSE.equals(body.enabled())), caller);
		return AccountView.of(accounts.find(username).orElseThrow());
	}

	@Operation(operationId = "resetUserPassword", summary = "Set a new password for an account",
			description = "For a user who forgot theirs: the password policy applies, the account's sessions end and a "
					+ "lock-out is cleared. For administrators.")
	@ApiResponse(responseCode = "204", description = "Done, no content")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
	@PostMapping("/api/users/{username}/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void resetPassword(@PathVariable String username, @Valid @RequestBody PasswordReset body) {
		CurrentCaller.get().requireWrite("user.forbidden");
		accounts.resetPassword(username, body.password());
	}

	@Operation(operationId = "createUser", summary = "Create an account",
			description = "For administrators.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@ApiResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
	@PostMapping("/api/users")
	@ResponseStatus(HttpStatus.CREATED)
	AuthController.UserView create(@Valid @RequestBody UserCreate body) {
		CurrentCaller.get().requireWrite("user.forbidden");
		accounts.create(new Accounts.NewAccount(body.username(), body.displayName(), body.password(), body.roles(),
				body.regions() == null ? List.of() : body.regions(),
				body.departments() == null ? List.of() : body.departments(), Boolean.TRUE.equals(body.readOnly()),
				body.staffId()), false);
		return AuthController.UserView.of(accounts.find(body.username()).orElseThrow().caller());
	}

	@Operation(operationId = "unlockUser", summary = "Unlock a locked account",
			description = "For administrators.")
	@ApiResponse(responseCode = "204", description = "Done, no content")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@PostMapping("/api/users/{username}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlock(@PathVariable String username) {
		CurrentCaller.get().requireWrite("user.forbidden");
		accounts.unlock(username);
	}
}
