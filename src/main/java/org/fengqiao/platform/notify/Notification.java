package org.fengqiao.platform.notify;

import java.util.List;
import java.util.Objects;

/**
 * One in-app notification to write: to whom, about which record of which module, and what — as a message key
 * and its arguments, rendered in the reader's language when read. The {@code dedupKey} makes writing the same
 * notification twice (a retried sweep, a second node) a no-op.
 */
public record Notification(Recipient to, String recordType, String recordId, String kind, String messageKey,
		List<String> args, String dedupKey) {

	public Notification {
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(dedupKey, "dedupKey");
		args = List.copyOf(args);
	}
}
