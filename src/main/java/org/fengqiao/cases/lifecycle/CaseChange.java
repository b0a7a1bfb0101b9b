package org.fengqiao.cases.lifecycle;

import java.util.List;
import java.util.UUID;

import org.fengqiao.platform.notify.Notification;

/**
 * What one action or clock mark does to a case, as a value: the row before and after, the timeline events,
 * the co-unit parts after (null when unchanged), the notifications, the files to attach, and an event on
 * another case (the original a repeat is merged into). {@link CaseRepository#write} turns it into one
 * statement; the demo history applies the same values in memory.
 */
public record CaseChange(CaseRecord before, CaseRecord after, List<CaseEvent> events, List<CoUnitPart> partsAfter,
		List<Notification> notifications, List<UUID> attachments, MergeNote mergeNote) {

	/** The event a merge writes on the case the repeat is folded into. */
	record MergeNote(CaseRecord target, CaseEvent event) {
	}

	public CaseChange {
		events = List.copyOf(events);
		partsAfter = partsAfter == null ? null : List.copyOf(partsAfter);
		notifications = List.copyOf(notifications);
		attachments = List.copyOf(attachments);
	}

	public boolean partsChanged() {
		return partsAfter != null;
	}
}
