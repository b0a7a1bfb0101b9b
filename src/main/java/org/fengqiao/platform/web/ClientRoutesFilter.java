package org.fengqiao.platform.web;

import java.io.IOException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the web application (built into {@code static/}) for its client-side routes, so a deep link or a reload of
 * {@code /cases/…} shows the page instead of a 404. The API's own 404s stay problems.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ClientRoutesFilter {

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> clientRoutes() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Forward());
		registration.addUrlPatterns("/*");
		registration.setOrder(0); // after Spring Security, which permits these pages
		return registration;
	}

	private static final class Forward extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (ClientRoutes.isClientRoute(request.getMethod(), path)) {
				// a new build changes the hashed file names index.html points to: never keep an old one
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
				request.getRequestDispatcher("/index.html").forward(request, response);
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
