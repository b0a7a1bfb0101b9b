package org.fengqiao.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The named problem responses of the OpenAPI document ({@code #/components/responses/…}). A controller
 * declares one with {@code @ApiResponse(responseCode = "409", ref = "Conflict")}; the names are public so
 * it can write {@code ref = ProblemResponses.CONFLICT}.
 */
public final class ProblemResponses {

	public static final String BAD_REQUEST = "BadRequest";
	public static final String UNAUTHORIZED = "Unauthorized";
	public static final String LOGIN_REFUSED = "LoginRefused";
	public static final String FORBIDDEN = "Forbidden";
	public static final String NOT_FOUND = "NotFound";
	public static final String CONFLICT = "Conflict";
	public static final String CONTENT_TOO_LARGE = "ContentTooLarge";
	public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
	public static final String IDEMPOTENCY_MISMATCH = "IdempotencyMismatch";

	private ProblemResponses() {
	}

	static Map<String, ApiResponse> all() {
		Map<String, ApiResponse> all = new LinkedHashMap<>();
		all.put(BAD_REQUEST, problem("Invalid request: a field fails validation (`request.invalid`, with `errors[]` "
				+ "naming each field), a parameter has the wrong type, or the body is not readable JSON"));
		all.put(UNAUTHORIZED, problem("Missing, expired or unknown bearer token (`auth.required`)"));
		all.put(LOGIN_REFUSED, problem("Wrong username or password, or the account is locked after repeated "
				+ "failures (`auth.locked`, with `lockedUntil`)"));
		all.put(FORBIDDEN, problem("The caller's role can never do this, or the caller is read-only "
				+ "(e.g. `case.forbidden`)"));
		all.put(NOT_FOUND, problem("No such record, or it lies outside the caller's data scope (the two are not "
				+ "told apart)"));
		all.put(CONFLICT, problem("The record's current state does not allow this (e.g. `case.illegal-transition`), "
				+ "or it clashes with an existing record"));
		all.put(CONTENT_TOO_LARGE, problem("The upload is larger than the server accepts (`file.too-large`, "
				+ "`upload.too-large`)"));
		all.put(UNSUPPORTED_MEDIA_TYPE, problem("The request is not `multipart/form-data` (`file.multipart-required`)"));
		all.put(IDEMPOTENCY_MISMATCH, problem("The same `Idempotency-Key` was sent before with a different body "
				+ "(`idempotency.mismatch`)"));
		return all;
	}

	static ApiResponse ref(String name) {
		return new ApiResponse().$ref("#/components/responses/" + name);
	}

	private static ApiResponse problem(String description) {
		return new ApiResponse().description(description).content(OpenApiConfig.problemContent());
	}
}
