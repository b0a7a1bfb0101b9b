package org.fengqiao.cases;

import java.util.Arrays;
import java.util.Optional;

/**
 * The actions of {@code POST /api/cases/{number}/{action}}. The enum name is the timeline's
 * {@code action} value; {@link #path()} is the URL segment.
 */
public enum CaseAction {
	DISPATCH("dispatch"),
	ACCEPT("accept"),
	RETURN("return"),
	START("start"),
	REPORT("report"),
	RESOLVE("resolve"),
	ESCALATE("escalate"),
	FEEDBACK("feedback"),
	VISIT("visit"),
	CLOSE("close"),
	REOPEN("reopen"),
	MERGE("merge"),
	SUPERVISE("supervise"),
	EXTEND("extend"),
	APPROVE_EXTENSION("approve-extension"),
	NOT_ACCEPT("not-accept");

	private final String path;

	CaseAction(String path) {
		this.path = path;
	}

	public String path() {
		return path;
	}

	/** The action named by a URL segment (exact, lower case), or empty for an unknown one. */
	public static Optional<CaseAction> fromPath(String path) {
		return Arrays.stream(values()).filter(action -> action.path.equals(path)).findFirst();
	}
}
