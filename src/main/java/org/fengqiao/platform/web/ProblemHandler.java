package org.fengqiao.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.FieldError;
import org.fengqiao.platform.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;

/** Turns every failure into problem+json with a stable code; never a stack trace, never SQL. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Problems problems;
	private final org.springframework.web.servlet.LocaleResolver locales;

	ProblemHandler(Problems problems, org.springframework.web.servlet.LocaleResolver locales) {
		this.problems = problems;
		this.locales = locales;
	}

	@ExceptionHandler(ValidationException.class)
	ResponseEntity<Object> validation(ValidationException e, WebRequest request) {
		Locale locale = locale(request);
		List<FieldError> errors = e.fieldKeys().stream()
			.map(f -> new FieldError(f.field(), problems.message(f.message(), e.fieldArgs(f.field()), locale, f.message())))
			.toList();
		return ResponseEntity.badRequest().body(problems.validation(errors, locale));
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<Object> api(ApiException e, WebRequest request) {
		ProblemDetail problem = problems.problem(e.status(), e.code(), e.args(), locale(request));
		e.properties().forEach(problem::setProperty);
		return ResponseEntity.status(e.status()).body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e, WebRequest request) {
		Locale locale = locale(request);
		String message = problems.message("validation.type", new Object[] { e.getValue() }, locale, "invalid value");
		return ResponseEntity.badRequest().body(problems.validation(List.of(new FieldError(e.getName(), message)), locale));
	}

	/** A query parameter Tomcat cannot decode (not UTF-8, a lone surrogate, a broken escape) or too many of them. */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> undecodableParameter(InvalidParameterException e, WebRequest request) {
		log.debug("undecodable request parameters: {}", e.getMessage());
		HttpStatus status = e.getErrorCode() == 413 ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		String code = status == HttpStatus.BAD_REQUEST ? "request.parameter-encoding" : "request.too-many-parameters";
		return ResponseEntity.status(status).body(problems.problem(status, code, null, locale(request)));
	}

	/** Spring Security's firewall refusing a header value it was asked for (not ASCII, a control character). */
	@ExceptionHandler(RequestRejectedException.class)
	ResponseEntity<Object> rejected(RequestRejectedException e, WebRequest request) {
		log.debug("request refused by the firewall: {}", e.getMessage());
		return ResponseEntity.badRequest()
			.body(problems.problem(HttpStatus.BAD_REQUEST, "request.rejected", null, locale(request)));
	}

	/** A multipart body that cannot be parsed: no boundary, no closing delimiter, a broken part header. */
	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> malformedMultipart(MultipartException e, WebRequest request) {
		log.debug("malformed multipart request: {}", e.getMessage());
		return ResponseEntity.badRequest()
			.body(problems.problem(HttpStatus.BAD_REQUEST, "request.multipart-malformed", null, locale(request)));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException e, WebRequest request) {
		log.info("refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problems.problem(HttpStatus.CONFLICT, "data.conflict", null, locale(request)));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws Exception {
		if (e instanceof org.springframework.security.access.AccessDeniedException
				|| e instanceof org.springframework.security.core.AuthenticationException) {
			throw e; // the security filter chain answers these
		}
		log.error("unexpected failure", e);
		return ResponseEntity.internalServerError()
			.body(problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", null, locale(request)));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = locale(request);
		List<FieldError> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors()
			.forEach(f -> errors.add(new FieldError(f.getField(), problems.message(f, locale))));
		ex.getBindingResult().getGlobalErrors()
			.forEach(g -> errors.add(new FieldError(g.getObjectName(), problems.message(g, locale))));
		return ResponseEntity.badRequest().body(problems.validation(errors, locale));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = locale(request);
		List<FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(r -> r.getResolvableErrors()
			.forEach(err -> errors.add(new FieldError(r.getMethodParameter().getParameterName(), problems.message(err, locale)))));
		return ResponseEntity.badRequest().body(problems.validation(errors, locale));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Locale locale = locale(request);
		Throwable cause = ex.getMostSpecificCause();
		if (ex.getCause() instanceof JacksonException je && !je.getPath().isEmpty()) {
			String field = je.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
			String message = problems.message("validation.field-type", null, locale, "invalid value");
			return ResponseEntity.badRequest().body(problems.validation(List.of(new FieldError(field, message)), locale));
		}
		log.debug("unreadable request body: {}", cause.getMessage());
		return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "request.malformed", null, locale));
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problems.problem(HttpStatus.CONTENT_TOO_LARGE, "upload.too-large", null, locale(request)));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		String code = switch (statusCode.value()) {
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			case 415 -> "media-type-unsupported";
			case 400 -> "request.malformed";
			default -> "request.failed";
		};
		if (statusCode.value() == 400 && ex instanceof org.springframework.web.bind.MissingServletRequestParameterException m) {
			Locale locale = locale(request);
			String message = problems.message("validation.required", null, locale, "required");
			return ResponseEntity.badRequest().headers(headers)
				.body(problems.validation(List.of(new FieldError(m.getParameterName(), message)), locale));
		}
		if (statusCode.value() == 400 && ex instanceof org.springframework.web.multipart.support.MissingServletRequestPartException m) {
			Locale locale = locale(request);
			String message = problems.message("validation.required", null, locale, "required");
			return ResponseEntity.badRequest().headers(headers)
				.body(problems.validation(List.of(new FieldError(m.getRequestPartName(), message)), locale));
		}
		ProblemDetail problem = problems.problem(statusCode, code, null, locale(request));
		return ResponseEntity.status(statusCode).headers(headers).body(problem);
	}

	private Locale locale(WebRequest request) {
		if (request instanceof org.springframework.web.context.request.ServletWebRequest swr) {
			return locales.resolveLocale(swr.getRequest());
		}
		return Locale.SIMPLIFIED_CHINESE;
	}
}
