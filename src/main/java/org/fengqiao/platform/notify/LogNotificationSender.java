package org.fengqiao.platform.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** The default delivery: the in-app notification is already visible; this records the hand-off in the log. */
@Component
class LogNotificationSender implements NotificationSender {

	private static final Logger log = LoggerFactory.getLogger(LogNotificationSender.class);

	@Override
	public void send(Outgoing n) {
		log.debug("notification {} to {}: {}", n.id(), n.recipientUnit() != null ? n.recipientUnit()
				: n.recipientUser() != null ? n.recipientUser() : n.recipientRole() + "@" + n.recipientRegion(),
				n.message());
	}
}
