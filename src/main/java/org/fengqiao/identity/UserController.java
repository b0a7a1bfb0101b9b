package org.fengqiao.identity;

import java.util.List;
import java.util.Set;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Role;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

	private final Accounts accounts;

	UserController(Accounts accounts) {
		this.accounts = accounts;
	}

	@Operation(operationId = "listUsers", summary = "List accounts",
			description = "For administrators.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
	@GetMapping("/api/users")
	List<AuthController.UserView> list() {
		CurrentCaller.get().requireRole("user.forbidden");
		return accounts.all().stream().map(u -> AuthController.UserView.of(u.caller())).toList();
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
