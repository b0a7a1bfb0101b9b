package org.fengqiao.identity;

import java.time.OffsetDateTime;
import java.util.List;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
@Tag(name = "identity")
class AuthController {

	record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	/** The caller's data permission; {@code grids} are the grids a grid member is responsible for (else empty). */
	record ScopeView(List<String> regions, List<String> departments, List<String> grids, boolean readOnly) {
	}

	record UserView(String username, String displayName, List<String> roles, ScopeView scope) {
		static UserView of(Caller c) {
			return new UserView(c.username(), c.displayName(), c.roles().stream().map(Enum::name).sorted().toList(),
					new ScopeView(c.scope().regions(), c.scope().departments(), c.scope().grids(),
							c.scope().readOnly()));
		}
	}

	record LoginResponse(String token, OffsetDateTime expiresAt, UserView user) {
	}

	record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

	private final Accounts accounts;

	AuthController(Accounts accounts) {
		this.accounts = accounts;
	}

	@Operation(operationId = "login", summary = "Log in",
			description = "Answers a bearer `token` (send it as `Authorization: Bearer <token>`), its `expiresAt` and the "
					+ "user with roles and data scope.")
	@ApiResponse(responseCode = "200", description = "OK")
	@ApiResponse(responseCode = "401", ref = ProblemResponses.LOGIN_REFUSED)
	@PostMapping("/api/auth/login")
	LoginResponse login(@Valid @RequestBody LoginRequest body) {
		Accounts.LoggedIn in = accounts.login(body.username().trim(), body.password());
		return new LoginResponse(in.token(), Times.local(in.expiresAt()), UserView.of(in.user().caller()));
	}

	@Operation(operationId = "logout", summary = "Log out",
			description = "Ends the token sent with the request.")
	@PostMapping("/api/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@Parameter(hidden = true) @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		accounts.logout(BearerTokenFilter.token(authorization), CurrentCaller.get());
	}

	@Operation(operationId = "getCurrentUser", summary = "Read the current user",
			description = "The caller's roles and data scope.")
	@GetMapping("/api/auth/me")
	UserView me() {
		return UserView.of(CurrentCaller.get());
	}

	@Operation(operationId = "changePassword", summary = "Change my password")
	@PostMapping("/api/auth/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody PasswordChange body) {
		accounts.changePassword(CurrentCaller.get(), body.currentPassword(), body.newPassword());
	}
}
