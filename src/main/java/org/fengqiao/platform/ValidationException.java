package org.fengqiao.platform;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/** A 400 with a list of field errors whose messages are message keys, localized when rendered. */
public class ValidationException extends ApiException {

	private final transient List<FieldError> fieldKeys;
	private final transient Map<String, Object[]> fieldArgs;

	public ValidationException(List<FieldError> fieldKeys) {
		this(fieldKeys, Map.of());
	}

	/** Field errors some of whose messages take arguments, by field (e.g. the value that was refused). */
	public ValidationException(List<FieldError> fieldKeys, Map<String, Object[]> fieldArgs) {
		super(HttpStatus.BAD_REQUEST, "request.invalid");
		this.fieldKeys = List.copyOf(fieldKeys);
		this.fieldArgs = Map.copyOf(fieldArgs);
	}

	public static ValidationException of(String field, String messageKey) {
		return new ValidationException(List.of(new FieldError(field, messageKey)));
	}

	/** Field errors whose {@code message} is a message key. */
	public List<FieldError> fieldKeys() {
		return fieldKeys;
	}

	/** The arguments of a field's message, or null. */
	public Object[] fieldArgs(String field) {
		return fieldArgs.get(field);
	}
}
