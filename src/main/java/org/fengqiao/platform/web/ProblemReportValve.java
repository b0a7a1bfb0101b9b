package org.fengqiao.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's error report as problem+json instead of its HTML page: what Tomcat answers itself, before any servlet
 * runs (an encoded {@code /}, {@code \} or {@code %00} in the path, a broken {@code %} escape, an unmappable
 * request target, a character it may not hold, an oversized header). Installed in place of
 * {@link ErrorReportValve} by {@link TomcatProblemsConfig}.
 */
class ProblemReportValve extends ErrorReportValve {

	private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

	private final ObjectProvider<ProblemWriter> responses;

	ProblemReportValve(ObjectProvider<ProblemWriter> responses) {
		this.responses = responses;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get() || !response.setErrorReported()) {
			return;
		}
		if (throwable != null && status >= 500) {
			log.error("unexpected failure outside the application", throwable);
		} else if (throwable != null) {
			log.debug("request refused by the server: {}", throwable.getMessage());
		}
		ProblemWriter problems = responses.getIfAvailable();
		try {
			Writer out = response.getReporter();
			if (out == null || problems == null) {
				return;
			}
			response.setContentType(ProblemWriter.CONTENT_TYPE);
			problems.write(request, HttpStatusCode.valueOf(status), ProblemWriter.codeOf(status), out);
			out.flush();
		} catch (IOException | RuntimeException e) {
			log.debug("could not write the error report", e);
		}
	}
}
