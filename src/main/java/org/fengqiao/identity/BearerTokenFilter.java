package org.fengqiao.identity;

import java.io.IOException;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Authenticates {@code Authorization: Bearer <token>}; the principal is the platform's Caller. */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final Tokens tokens;

	BearerTokenFilter(Tokens tokens) {
		this.tokens = tokens;
	}

	static String token(String header) {
		return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
				? header.substring(PREFIX.length()).trim() : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String token = token(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (token != null && !token.isEmpty() && token.length() <= 100) {
			tokens.user(token).ifPresent(user -> {
				List<SimpleGrantedAuthority> authorities = user.roles().stream()
					.map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.caller(), null, authorities));
			});
		}
		chain.doFilter(request, response);
	}
}
