package org.fengqiao.cases.lifecycle;

import org.fengqiao.cases.CaseStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One timeline entry a change writes: who, when, which action, from and to which status, comment, files, data. */
public record CaseEvent(Instant at, String actor, String action, CaseStatus from, CaseStatus to, String comment,
		List<UUID> attachments, Map<String, Object> data) {

	public CaseEvent {
		attachments = List.copyOf(attachments);
		data = data == null ? Map.of() : data;
	}
}
