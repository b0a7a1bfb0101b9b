package org.fengqiao.cases;

import org.fengqiao.platform.CurrentCaller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/notifications}: the in-app notifications of the caller and their units. */
@RestController
@Tag(name = "notifications")
class NotificationController {

	private final NotificationCenter notifications;

	NotificationController(NotificationCenter notifications) {
		this.notifications = notifications;
	}

	@Operation(operationId = "listNotifications", summary = "List my notifications",
			description = "A page of the in-app notifications of the caller and their units, newest first; `unread=true` "
					+ "keeps the unread ones.")
	@GetMapping("/api/notifications")
	Page<NotificationCenter.Notification> mine(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return notifications.mine(CurrentCaller.get(), unread, PageQuery.of(page, size));
	}

	@Operation(operationId = "markNotificationRead", summary = "Mark a notification read")
	@PostMapping("/api/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable long id) {
		notifications.markRead(id, CurrentCaller.get());
	}
}
