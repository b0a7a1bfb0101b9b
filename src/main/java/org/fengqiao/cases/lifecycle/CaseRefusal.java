package org.fengqiao.cases.lifecycle;

/** A refused case action; {@link #code()} is the stable problem+json {@code code}. No stack trace, as {@link
 * org.fengqiao.platform.ApiException}: it is an answer, and the allowed actions are probed by catching it. */
public abstract class CaseRefusal extends RuntimeException {

	protected CaseRefusal(String message) {
		super(message, null, false, false);
	}

	public abstract String code();
}
