package org.fengqiao.cases.lifecycle;

/** A refused case action; {@link #code()} is the stable problem+json {@code code}. */
public abstract class CaseRefusal extends RuntimeException {

	protected CaseRefusal(String message) {
		super(message);
	}

	public abstract String code();
}
