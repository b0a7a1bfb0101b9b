package org.fengqiao.platform.web;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code /error} answers problem+json (in place of Boot's {@code {"timestamp","status","error","path"}}): an
 * exception that escaped a filter goes to {@link ProblemHandler} like any other; a bare error status gets the
 * problem of that status; a request for {@code /error} itself is a 404.
 */
@RestController
@Hidden
class ErrorProblemController implements ErrorController {

	private final ProblemWriter responses;

	ErrorProblemController(ProblemWriter responses) {
		this.responses = responses;
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) throws Exception {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception e) {
			throw e;
		}
		int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer s && s >= 400 ? s : 404;
		HttpStatusCode code = HttpStatusCode.valueOf(status);
		return ResponseEntity.status(code)
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(responses.problem(request, code, ProblemWriter.codeOf(status)));
	}
}
