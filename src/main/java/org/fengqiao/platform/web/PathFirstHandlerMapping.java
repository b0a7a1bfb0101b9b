package org.fengqiao.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Spring MVC's handler mapping, which tries a path with variables ({@code /api/cases/{number}/{action}})
 * against every mapping in turn, each through its method, header and body conditions before its path: with some
 * 140 mappings that was a tenth of the server's CPU under the lifecycle load. This one first compares the
 * path with the literal start of each mapping's patterns ({@code /api/cases/}) and only then asks Spring, so the
 * answer is Spring's own: a mapping skipped here is one whose every pattern begins with other characters than the
 * path, which no pattern can then match. A path with a percent-escape or a {@code ;} parameter (compared decoded by
 * Spring), or patterns matched without case, are left to Spring whole.
 */
final class PathFirstHandlerMapping extends RequestMappingHandlerMapping {

	/** The path being looked up on this thread, when it may be compared as it is. */
	private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

	/** Per mapping, the literal start of each of its patterns; none when it has a pattern this cannot read. */
	private final Map<RequestMappingInfo, String[]> literalStarts = new ConcurrentHashMap<>();

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
			throws Exception {
		boolean plain = lookupPath.indexOf('%') < 0 && lookupPath.indexOf(';') < 0 && getPatternParser() != null
				&& getPatternParser().isCaseSensitive();
		String outer = LOOKUP_PATH.get(); // an error dispatch looked up inside another lookup
		LOOKUP_PATH.set(plain ? lookupPath : null);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			if (outer == null) {
				LOOKUP_PATH.remove();
			}
			else {
				LOOKUP_PATH.set(outer);
			}
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = LOOKUP_PATH.get();
		if (path != null && !mayMatch(literalStarts.computeIfAbsent(info, PathFirstHandlerMapping::literalStarts), path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	static boolean mayMatch(String[] starts, String path) {
		if (starts.length == 0) {
			return true;
		}
		for (String start : starts) {
			if (path.startsWith(start)) {
				return true;
			}
		}
		return false;
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
