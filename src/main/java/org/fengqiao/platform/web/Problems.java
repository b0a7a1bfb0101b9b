package org.fengqiao.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.fengqiao.platform.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problems with a stable {@code code} and a localized {@code detail}. */
@Component
public class Problems {

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail problem(HttpStatusCode status, String code, Object[] args, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create("https://fengqiao.org/problems/" + code));
		problem.setTitle(message("title." + status.value(), null, locale, "HTTP " + status.value()));
		problem.setDetail(message(code, args, locale, code));
		problem.setProperty("code", code);
		return problem;
	}

	public ProblemDetail validation(List<FieldError> errors, Locale locale) {
		ProblemDetail problem = problem(HttpStatusCode.valueOf(400), "request.invalid", null, locale);
		problem.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message", e.message())).toList());
		return problem;
	}

	public String message(String key, Object[] args, Locale locale, String fallback) {
		try {
			return messages.getMessage(key, args, locale);
		} catch (NoSuchMessageException e) {
			return fallback;
		}
	}

	public String message(org.springframework.context.MessageSourceResolvable resolvable, Locale locale) {
		try {
			return messages.getMessage(resolvable, locale);
		} catch (NoSuchMessageException e) {
			return resolvable.getDefaultMessage();
		}
	}
}
