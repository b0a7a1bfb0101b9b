package org.fengqiao.platform;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A refusal the client should see: an HTTP status, a stable machine {@code code} (also the message key
 * of its localized detail), message arguments and extra problem properties. It carries no stack trace: it is an
 * answer, never logged as a failure, and the case view's allowed actions are found by trying each action and
 * catching its refusal (a stack trace through the web and transaction layers cost more than the decision).
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;
	private final String code;
	private final transient Object[] args;
	private final transient Map<String, Object> properties = new LinkedHashMap<>();

	public ApiException(HttpStatus status, String code, Object... args) {
		super(code, null, false, false);
		this.status = status;
		this.code = code;
		this.args = args;
	}

	public static ApiException notFound(String code, Object... args) {
		return new ApiException(HttpStatus.NOT_FOUND, code, args);
	}

	public static ApiException forbidden(String code, Object... args) {
		return new ApiException(HttpStatus.FORBIDDEN, code, args);
	}

	public static ApiException conflict(String code, Object... args) {
		return new ApiException(HttpStatus.CONFLICT, code, args);
	}

	public static ApiException badRequest(String code, Object... args) {
		return new ApiException(HttpStatus.BAD_REQUEST, code, args);
	}

	public ApiException with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	public HttpStatus status() {
		return status;
	}

	public String code() {
		return code;
	}

	public Object[] args() {
		return args;
	}

	public Map<String, Object> properties() {
		return properties;
	}
}
