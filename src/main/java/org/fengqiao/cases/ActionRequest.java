package org.fengqiao.cases;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/cases/{number}/{action}}: each action reads the fields it needs. */
public record ActionRequest(@Size(max = 40) String leadUnit, List<@Size(max = 40) String> coUnits,
		@Size(max = 2000) String reason, @Size(max = 5000) String result, FeedbackMethod method,
		@Size(max = 2000) String message, Satisfaction satisfaction, @Size(max = 2000) String comment,
		@Size(max = 24) String into, SupervisionLevel level, Integer days, Boolean approved, List<UUID> attachments,
		@Size(max = 10000) String notice) {

	static final ActionRequest EMPTY = new ActionRequest(null, null, null, null, null, null, null, null, null, null,
			null, null, null, null);

	public List<UUID> attachmentIds() {
		return attachments == null ? List.of() : attachments;
	}
}
