package org.fengqiao.platform.web;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Spring MVC's handler mapping, which tries a path with variables ({@code /api/cases/{number}/{action}})
 * against every one of some 140 mappings in turn, each through its method, header and body conditions: a tenth of
 * the server's CPU under the lifecycle load (issue 15), and still 8% when each mapping was first compared with the
 * path's start. This one keeps the mappings by the literal start of their patterns ({@code /api/cases/}), so a
 * request is tried, by Spring's own conditions, only against the mappings whose start its path begins with.
 * When exactly one of them matches, that is Spring's answer too (no other mapping can match a path that does not
 * begin with its start), and it is answered as Spring does. Anything else is left to Spring's own lookup whole:
 * no match (Spring's 404 and 405), several (Spring ranks them), a CORS preflight, a path with a percent-escape or
 * a {@code ;} parameter (compared decoded by Spring), or patterns matched without case.
 */
final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	/** Built at the first lookup from the registered mappings; dropped when a mapping is registered or removed. */
	private volatile Candidates candidates;

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		if (lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0 && getPatternParser() != null
				&& getPatternParser().isCaseSensitive() && !CorsUtils.isPreFlightRequest(request)) {
			Candidates index = candidates();
			RequestMappingInfo only = null;
			HandlerMethod handler = null;
			for (RequestMappingInfo info : index.of(lookupPath)) {
				RequestMappingInfo match = getMatchingMapping(info, request);
				if (match == null) {
					continue;
				}
				if (only != null) {
					only = null; // several: Spring ranks them
					break;
				}
				only = match;
				handler = index.handlers.get(info);
			}
			if (only != null && handler != null) {
				request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
				handleMatch(only, lookupPath, request);
				return handler;
			}
		}
		return super.lookupHandlerMethod(lookupPath, request);
	}

	private Candidates candidates() {
		Candidates index = candidates;
		if (index == null) {
			index = new Candidates(getHandlerMethods());
			candidates = index;
		}
		return index;
	}

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		candidates = null;
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		candidates = null;
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		candidates = null;
	}

	/** The mappings by the literal starts of their patterns, and those with a pattern this cannot read. */
	static final class Candidates {

		final Map<RequestMappingInfo, HandlerMethod> handlers;
		private final Map<String, List<RequestMappingInfo>> byStart = new HashMap<>();
		private final int[] startLengths;
		private final List<RequestMappingInfo> everywhere = new ArrayList<>();

		Candidates(Map<RequestMappingInfo, HandlerMethod> handlers) {
			this.handlers = Map.copyOf(handlers);
			Set<Integer> lengths = new TreeSet<>();
			for (RequestMappingInfo info : this.handlers.keySet()) {
				String[] starts = literalStarts(info);
				if (starts.length == 0) {
					everywhere.add(info);
				}
				for (String start : outermost(starts)) {
					byStart.computeIfAbsent(start, s -> new ArrayList<>()).add(info);
					lengths.add(start.length());
				}
			}
			this.startLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
		}

		/** Every mapping that may match the path, each once. */
		List<RequestMappingInfo> of(String path) {
			List<RequestMappingInfo> found = new ArrayList<>(everywhere);
			for (int length : startLengths) {
				if (length > path.length()) {
					break;
				}
				List<RequestMappingInfo> some = byStart.get(path.substring(0, length));
				if (some != null) {
					found.addAll(some);
				}
			}
			return found;
		}

		/**
		 * A mapping's starts without those another of them begins: a path that begins with a start also begins with
		 * each shorter start it contains, so the mapping is found once.
		 */
		static Set<String> outermost(String[] starts) {
			Set<String> kept = new LinkedHashSet<>();
			for (String start : starts) {
				boolean inner = false;
				for (String other : starts) {
					inner |= other.length() < start.length() && start.startsWith(other);
				}
				if (!inner) {
					kept.add(start);
				}
			}
			return kept;
		}
	}

	/** Each pattern's characters before its first variable or wildcard; none (match all) if any is unusual. */
	static String[] literalStarts(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null || condition.getPatterns().isEmpty()) {
			return new String[0];
		}
		String[] starts = new String[condition.getPatterns().size()];
		int i = 0;
		for (PathPattern pattern : condition.getPatterns()) {
			String text = pattern.getPatternString();
			if (!text.startsWith("/") || text.indexOf('%') >= 0 || text.indexOf(';') >= 0) {
				return new String[0];
			}
			int end = text.length();
			for (char special : new char[] { '{', '*', '?' }) {
				int at = text.indexOf(special);
				if (at >= 0 && at < end) {
					end = at;
				}
			}
			starts[i++] = text.substring(0, end);
		}
		return starts;
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		WebMvcRegistrations pathFirstHandlerMapping() {
			return new WebMvcRegistrations() {
				@Override
				public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
					return new PathFirstHandlerMapping();
				}
			};
		}
	}
}
