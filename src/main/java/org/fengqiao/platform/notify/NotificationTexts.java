package org.fengqiao.platform.notify;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Renders a stored notification: its message key and arguments in a language (older rows carry their text). */
@Component
class NotificationTexts {

	/** The language of deliveries outside the application, and of the town's records. */
	static final Locale DEFAULT = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;
	private final JsonMapper json;

	NotificationTexts(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	String render(String key, String argsJson, String storedText, Locale locale) {
		if (key == null) {
			return storedText;
		}
		Object[] args = argsJson == null ? new Object[0] : json.readValue(argsJson, String[].class);
		return messages.getMessage(key, args, key, locale);
	}
}
