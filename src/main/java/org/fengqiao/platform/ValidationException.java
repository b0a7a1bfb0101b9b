package org.fengqiao.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A 400 with a list of field errors whose messages are message keys, localized when rendered. */
public class ValidationException extends ApiException {

	private final transient List<FieldError> fieldKeys;

	public ValidationException(List<FieldError> fieldKeys) {
		super(HttpStatus.BAD_REQUEST, "request.invalid");
		this.fieldKeys = List.copyOf(fieldKeys);
	}

	public static ValidationException of(String field, String messageKey) {
		return new ValidationException(List.of(new FieldError(field, messageKey)));
	}

	/** Field errors whose {@code message} is a message key. */
	public List<FieldError> fieldKeys() {
		return fieldKeys;
	}
}
