package org.fengqiao.identity;

import org.fengqiao.platform.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** Stateless bearer-token security; 401 and 403 answered as problem+json like every other error. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(10);
	}

	/** Only in a web application: the command-line import runs without a server. */
	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain api(HttpSecurity http, Tokens tokens, ProblemWriter problems) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(b -> b.disable())
			.formLogin(f -> f.disable())
			.logout(l -> l.disable())
			// nothing asks the servlet request for its user (handlers get a Caller) and a stateless API replays no
			// request after a login: neither wrapper nor filter on every request
			.servletApi(s -> s.disable())
			.requestCache(c -> c.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.requestMatchers("/api/auth/login", "/api/system/info").permitAll()
				// a signed file link (<img>, <audio>) carries no token: FileLinks checks it and the reader's rights
				.requestMatchers(r -> "GET".equals(r.getMethod()) && r.getParameter("sig") != null
						&& r.getRequestURI().startsWith("/api/files/")).permitAll()
				.requestMatchers("/api/**").authenticated()
				// the web application (index.html, its built files and client-side routes) loads without a token
				.requestMatchers("/", "/index.html", "/assets/**").permitAll()
				.anyRequest().permitAll())
			.exceptionHandling(e -> e
				.authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
						HttpStatus.UNAUTHORIZED, "auth.required"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
						"forbidden")));
		return http.build();
	}

	/**
	 * The firewall's refusal of a path ({@code ;}, an encoded {@code /} or {@code %}, {@code ..}, {@code //}, a
	 * control character) as a 400 problem instead of a bare error status. Spring Security uses this bean for
	 * every filter chain.
	 */
	@Bean
	@ConditionalOnWebApplication
	RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
		return (request, response, ex) -> {
			log.debug("request refused by the firewall: {}", ex.getMessage());
			problems.write(request, response, HttpStatus.BAD_REQUEST, "request.rejected");
		};
	}
}
