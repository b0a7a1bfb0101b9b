package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseAction;
import org.fengqiao.cases.CaseStatus;
import java.util.Objects;

/** An action that the case's current status does not allow (HTTP 409). */
public final class IllegalTransitionException extends CaseRefusal {

	public static final String CODE = "case.illegal-transition";

	private final CaseStatus status;
	private final CaseAction action;

	public IllegalTransitionException(CaseStatus status, CaseAction action) {
		super("a case in status " + Objects.requireNonNull(status, "status")
				+ " does not allow " + Objects.requireNonNull(action, "action"));
		this.status = status;
		this.action = action;
	}

	public CaseStatus status() {
		return status;
	}

	public CaseAction action() {
		return action;
	}

	@Override
	public String code() {
		return CODE;
	}
}
