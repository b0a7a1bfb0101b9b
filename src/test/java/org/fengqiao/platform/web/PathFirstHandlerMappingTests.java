package org.fengqiao.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/** The application's handler mapping answers every request as Spring's own does, only sooner. */
class PathFirstHandlerMappingTests extends ApiTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void the_application_looks_up_its_handlers_path_first() {
		assertThat(mapping).isInstanceOf(PathFirstHandlerMapping.class);
		assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(100);
	}

	@Test
	void every_mapping_is_found_for_the_same_requests_as_by_spring_alone() throws Exception {
		RequestMappingHandlerMapping spring = new RequestMappingHandlerMapping();
		spring.setApplicationContext(context);
		spring.setPatternParser(mapping.getPatternParser());
		spring.setContentNegotiationManager(mapping.getContentNegotiationManager());
		spring.setEmbeddedValueResolver(new EmbeddedValueResolver(context.getBeanFactory()));
		spring.afterPropertiesSet();
		assertThat(spring.getHandlerMethods()).hasSameSizeAs(mapping.getHandlerMethods());

		List<String[]> requests = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
			var methods = e.getKey().getMethodsCondition().getMethods();
			String method = methods.isEmpty() ? "GET" : methods.iterator().next().name();
			for (PathPattern pattern : e.getKey().getPathPatternsCondition().getPatterns()) {
				String path = concrete(pattern.getPatternString());
				requests.add(new String[] { method, path });
				requests.add(new String[] { RequestMethod.OPTIONS.name(), path });
				requests.add(new String[] { "PATCH", path });
				requests.add(new String[] { method, path + "/x" });
				requests.add(new String[] { method, path.replace("a", "%61") });
				requests.add(new String[] { "PREFLIGHT", path });
			}
		}
		requests.add(new String[] { "GET", "/api/no-such-thing" });
		requests.add(new String[] { "GET", "/api/cases;jsessionid=1" });
		requests.add(new String[] { "GET", "/API/cases" });

		int found = 0;
		for (String[] r : requests) {
			String expected = answer(spring, r[0], r[1]);
			assertThat(answer(mapping, r[0], r[1])).as(r[0] + " " + r[1]).isEqualTo(expected);
			found += expected.startsWith("handler ") ? 1 : 0;
		}
		assertThat(found).as("requests some handler answers").isGreaterThan(mapping.getHandlerMethods().size());
	}

	@Test
	void a_pattern_s_literal_start_ends_at_its_first_variable_or_wildcard() {
		assertThat(starts("/api/cases/{number}/{action}")).containsExactly("/api/cases/");
		assertThat(starts("/api/cases")).containsExactly("/api/cases");
		assertThat(starts("/assets/**")).containsExactly("/assets/");
		assertThat(starts("/api/file?")).containsExactly("/api/file");
	}

	@Test
	void a_path_is_tried_against_the_mappings_whose_start_it_begins_with_each_once() {
		RequestMappingInfo cases = info("/api/cases", "/api/cases/{number}");
		RequestMappingInfo people = info("/api/people/{id}");
		RequestMappingInfo odd = info("/api/escaped%20name");
		var index = new PathFirstHandlerMapping.Candidates(Map.of(cases, handler(), people, handler(), odd, handler()));
		assertThat(index.of("/api/cases/1/accept")).containsExactlyInAnyOrder(cases, odd);
		assertThat(index.of("/api/people/1")).containsExactlyInAnyOrder(people, odd);
		assertThat(index.of("/api")).containsExactly(odd);
	}

	private RequestMappingInfo info(String... patterns) {
		return RequestMappingInfo.paths(patterns).options(mapping.getBuilderConfiguration()).build();
	}

	private HandlerMethod handler() {
		return mapping.getHandlerMethods().values().iterator().next();
	}

	private String[] starts(String pattern) {
		return PathFirstHandlerMapping.literalStarts(RequestMappingInfo.paths(pattern)
			.options(mapping.getBuilderConfiguration()).build());
	}

	/** A path the pattern matches: each variable a value, each wildcard a segment. */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]*}", "a/b").replaceAll("\\{[^}:]*(:[^}]*)?}", "a1")
			.replace("**", "a/b").replace("*", "a").replace("?", "a");
	}

	/**
	 * What a mapping answers a request: the handler with what it leaves for the handler (the path's variables, the
	 * pattern, the media types it may produce), none, or the refusal it raises. PREFLIGHT is a CORS preflight.
	 */
	private static String answer(AbstractHandlerMethodMapping<?> m, String method, String path) {
		boolean preflight = method.equals("PREFLIGHT");
		MockHttpServletRequest request = new MockHttpServletRequest(preflight ? "OPTIONS" : method, path);
		if (preflight) {
			request.addHeader(HttpHeaders.ORIGIN, "https://elsewhere.example");
			request.addHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = m.getHandler(request);
			return chain == null ? "none"
					: "handler " + (chain.getHandler() instanceof HandlerMethod h ? h : chain.getHandler().getClass()) + " "
							+ request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) + " "
							+ request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) + " "
							+ request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) + " "
							+ request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
		}
		catch (Exception e) {
			return "refused " + e.getClass().getSimpleName();
		}
	}
}
