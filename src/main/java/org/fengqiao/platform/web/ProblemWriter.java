package org.fengqiao.platform.web;

import java.io.IOException;
import java.io.Writer;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem+json answer straight to the servlet response, for the refusals made before Spring MVC sees a
 * request (the security filter chain, Spring Security's firewall, Tomcat itself): the same body as
 * {@link ProblemHandler}'s, in the request's language.
 */
@Component
public class ProblemWriter {

	public static final String CONTENT_TYPE = "application/problem+json;charset=UTF-8";

	private final Problems problems;
	private final LocaleResolver locales;
	private final JsonMapper json;

	ProblemWriter(Problems problems, LocaleResolver locales, JsonMapper json) {
		this.problems = problems;
		this.locales = locales;
		this.json = json;
	}

	/** Answers with the problem of this status and code, unless the response is already committed. */
	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatusCode status, String code)
			throws IOException {
		if (response.isCommitted()) {
			return;
		}
		response.resetBuffer();
		response.setStatus(status.value());
		response.setContentType(CONTENT_TYPE);
		json.writeValue(response.getOutputStream(), problem(request, status, code));
	}

	/** Writes the problem's JSON to a writer the caller got from the server (Tomcat's error reporter). */
	void write(HttpServletRequest request, HttpStatusCode status, String code, Writer out) {
		json.writeValue(out, problem(request, status, code));
	}

	ProblemDetail problem(HttpServletRequest request, HttpStatusCode status, String code) {
		return problems.problem(status, code, null, locales.resolveLocale(request));
	}

	/** The code of a refusal known only by its status (a server-side rejection, an error dispatch). */
	static String codeOf(int status) {
		return switch (status) {
			case 400 -> "request.rejected";
			case 401 -> "auth.required";
			case 403 -> "forbidden";
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 413 -> "upload.too-large";
			case 415 -> "media-type-unsupported";
			case 500 -> "internal";
			default -> "request.failed";
		};
	}
}
