package org.fengqiao.cases.demo;

import org.fengqiao.cases.ActionRequest;
import org.fengqiao.cases.FeedbackMethod;
import org.fengqiao.cases.Satisfaction;
import org.fengqiao.cases.SupervisionLevel;
import java.util.List;

/** The body of one demo action, built field by field (the same {@link ActionRequest} a client sends). */
public final class DemoActionBody {

	private String leadUnit;
	private List<String> coUnits;
	private String reason;
	private String result;
	private FeedbackMethod method;
	private String message;
	private Satisfaction satisfaction;
	private String comment;
	private SupervisionLevel level;
	private Integer days;
	private Boolean approved;

	public DemoActionBody lead(String unit, List<String> co) {
		leadUnit = unit;
		coUnits = co;
		return this;
	}

	public DemoActionBody reason(String text) {
		reason = text;
		return this;
	}

	public DemoActionBody result(String text) {
		result = text;
		return this;
	}

	DemoActionBody feedback(FeedbackMethod how, String text) {
		method = how;
		message = text;
		return this;
	}

	DemoActionBody visit(Satisfaction rating) {
		satisfaction = rating;
		return this;
	}

	DemoActionBody comment(String text) {
		comment = text;
		return this;
	}

	DemoActionBody supervise(SupervisionLevel supervision) {
		level = supervision;
		return this;
	}

	DemoActionBody extend(int extensionDays, String why) {
		days = extensionDays;
		reason = why;
		return this;
	}

	DemoActionBody approve(boolean yes) {
		approved = yes;
		return this;
	}

	public ActionRequest build() {
		return new ActionRequest(leadUnit, coUnits, reason, result, method, message, satisfaction, comment, null, level,
				days, approved, null, null);
	}
}
