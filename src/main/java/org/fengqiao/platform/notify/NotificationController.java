package org.fengqiao.platform.notify;

import java.util.Locale;

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

/** {@code GET /api/notifications}: the in-app notifications of the caller, their units and their role. */
@RestController
@Tag(name = "notifications")
class NotificationController {

	private final NotificationInbox inbox;

	NotificationController(NotificationInbox inbox) {
		this.inbox = inbox;
	}

	@Operation(operationId = "listNotifications", summary = "List my notifications",
			description = "A page of the in-app notifications of the caller, their units and their role (rendered in the request's language), newest first; `unread=true` "
					+ "keeps the unread ones.")
	@GetMapping("/api/notifications")
	Page<NotificationInbox.Item> mine(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Locale locale) {
		return inbox.mine(CurrentCaller.get(), unread, PageQuery.of(page, size), locale);
	}

	@Operation(operationId = "markNotificationRead", summary = "Mark a notification read")
	@PostMapping("/api/notifications/{id}/read")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void read(@PathVariable long id) {
		inbox.markRead(id, CurrentCaller.get());
	}
}
