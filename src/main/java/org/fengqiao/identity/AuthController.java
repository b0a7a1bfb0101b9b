package org.fengqiao.identity;

import java.time.OffsetDateTime;
import java.util.List;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Times;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@RestController
class AuthController {

	record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}

	record ScopeView(List<String> regions, List<String> departments, boolean readOnly) {
	}

	record UserView(String username, String displayName, List<String> roles, ScopeView scope) {
		static UserView of(Caller c) {
			return new UserView(c.username(), c.displayName(), c.roles().stream().map(Enum::name).sorted().toList(),
					new ScopeView(c.scope().regions(), c.scope().departments(), c.scope().readOnly()));
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

	@PostMapping("/api/auth/login")
	LoginResponse login(@Valid @RequestBody LoginRequest body) {
		Accounts.LoggedIn in = accounts.login(body.username().trim(), body.password());
		return new LoginResponse(in.token(), Times.local(in.expiresAt()), UserView.of(in.user().caller()));
	}

	@PostMapping("/api/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void logout(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		accounts.logout(BearerTokenFilter.token(authorization), CurrentCaller.get());
	}

	@GetMapping("/api/auth/me")
	UserView me() {
		return UserView.of(CurrentCaller.get());
	}

	@PostMapping("/api/auth/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changePassword(@Valid @RequestBody PasswordChange body) {
		accounts.changePassword(CurrentCaller.get(), body.currentPassword(), body.newPassword());
	}
}
