package org.fengqiao.platform.notify;

/**
 * Delivers a notification outside the application (SMS gateway, 政务微信, e-mail). Implementations must treat
 * {@link Outgoing#id()} as an idempotency key: delivery is at-least-once, so after a crash between sending
 * and recording the same notification may be offered again and must not reach the person twice.
 */
public interface NotificationSender {

	/**
	 * A notification to deliver: to a unit (department code), a user, or a role in a region; about a record
	 * of a module; its text rendered in the application's default language (zh-CN).
	 */
	record Outgoing(long id, String recipientUnit, String recipientUser, String recipientRole, String recipientRegion,
			String recordType, String recordId, String kind, String message, int attempts) {
	}

	void send(Outgoing notification);
}
