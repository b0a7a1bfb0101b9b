package org.fengqiao.platform;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Caller} that {@code identity} put into the security context. */
public final class CurrentCaller {

	private CurrentCaller() {
	}

	public static Caller get() {
		return find().orElseThrow(() -> new ApiException(org.springframework.http.HttpStatus.UNAUTHORIZED, "auth.required"));
	}

	public static Optional<Caller> find() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof Caller caller) {
			return Optional.of(caller);
		}
		return Optional.empty();
	}
}
