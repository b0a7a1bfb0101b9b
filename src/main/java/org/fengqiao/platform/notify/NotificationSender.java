package org.fengqiao.platform.notify;

/**
 * Delivers a notification outside the application (SMS gateway, 政务微信, e-mail). Implementations must treat
 * {@link Outgoing#id()} as an idempotency key: after a crash between sending and recording, the same
 * notification may be offered again and must not reach the person twice.
 */
public interface NotificationSender {

	/**
	 * A notification to deliver: to a unit (department code) or a user; the record it is about ({@code case} and
	 * its number) when known, else null.
	 */
	record Outgoing(long id, String recipientUnit, String recipientUser, String kind, String message, int attempts,
			String recordType, String recordId) {

		/** Without a record. */
		public Outgoing(long id, String recipientUnit, String recipientUser, String kind, String message, int attempts) {
			this(id, recipientUnit, recipientUser, kind, message, attempts, null, null);
		}
	}

	void send(Outgoing notification);
}
