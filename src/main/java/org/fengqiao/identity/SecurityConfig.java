package org.fengqiao.identity;

import java.io.IOException;

import org.fengqiao.platform.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Stateless bearer-token security; 401 and 403 answered as problem+json like every other error. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	/** Only in a web application: the command-line import runs without a server. */
	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain api(HttpSecurity http, Tokens tokens, Problems problems, LocaleResolver locales,
			JsonMapper json) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(b -> b.disable())
			.formLogin(f -> f.disable())
			.logout(l -> l.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/api/auth/login", "/api/system/info").permitAll()
				// a signed file link (<img>, <audio>) carries no token: FileLinks checks it and the reader's rights
				.requestMatchers(r -> "GET".equals(r.getMethod()) && r.getParameter("sig") != null
						&& r.getRequestURI().startsWith("/api/files/")).permitAll()
				.requestMatchers("/api/**").authenticated()
				.anyRequest().permitAll())
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> write(response, problems.problem(
						HttpStatus.UNAUTHORIZED, "auth.required", null, locales.resolveLocale(request)), json))
				.accessDeniedHandler((request, response, ex) -> write(response, problems.problem(HttpStatus.FORBIDDEN,
						"forbidden", null, locales.resolveLocale(request)), json)));
		return http.build();
	}

	private static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
		response.setStatus(problem.getStatus());
		response.setContentType("application/problem+json;charset=UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
