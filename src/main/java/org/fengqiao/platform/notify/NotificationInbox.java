package org.fengqiao.platform.notify;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.Caller;
import org.fengqiao.platform.Page;
import org.fengqiao.platform.PageQuery;
import org.fengqiao.platform.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's in-app notifications: those to the user, to the user's units, and to a role the user holds in the
 * region of the user's data permission; each rendered in the reader's language when read.
 */
@Component
class NotificationInbox {

	/** One notification as the inbox shows it, linked to its record ({@code recordType}, {@code recordId}). */
	record Item(long id, String recordType, String recordId, String kind, String message, OffsetDateTime createdAt,
			boolean read) {
	}

	/** Whose notifications these are: the reader's own rule, not a region filter over a register. */
	private static final String MINE = """
			(n.recipient_unit = ANY (:units) OR n.recipient_user = :user
			 OR (n.recipient_role = ANY (:roles) AND n.recipient_region = ANY (:regions)))""";

	private final JdbcClient jdbc;
	private final NotificationTexts texts;
	private final Clock clock;

	NotificationInbox(JdbcClient jdbc, NotificationTexts texts, Clock clock) {
		this.jdbc = jdbc;
		this.texts = texts;
		this.clock = clock;
	}

	Page<Item> mine(Caller caller, boolean unreadOnly, PageQuery page, Locale locale) {
		List<Item> items = bind(jdbc.sql("""
				SELECT n.id, n.record_type, n.record_id, n.kind, n.message, n.message_key, n.message_args,
				       n.created_at, n.read_at IS NOT NULL AS read
				FROM notifications n WHERE %s AND (NOT :unreadOnly OR n.read_at IS NULL)
				ORDER BY n.id DESC LIMIT :limit OFFSET :offset
				""".formatted(MINE)), caller).param("unreadOnly", unreadOnly)
			.param("limit", page.size()).param("offset", page.offset())
			.query((rs, i) -> new Item(rs.getLong("id"), rs.getString("record_type"), rs.getString("record_id"),
					rs.getString("kind"), texts.render(rs.getString("message_key"), rs.getString("message_args"),
							rs.getString("message"), locale),
					Times.local(rs.getTimestamp("created_at").toInstant()), rs.getBoolean("read")))
			.list();
		long total = bind(jdbc.sql("SELECT count(*) FROM notifications n WHERE %s AND (NOT :unreadOnly OR n.read_at IS NULL)"
				.formatted(MINE)), caller).param("unreadOnly", unreadOnly).query(Long.class).single();
		return Page.of(items, page, total);
	}

	void markRead(long id, Caller caller) {
		int rows = bind(jdbc.sql("UPDATE notifications n SET read_at = COALESCE(read_at, :now) WHERE n.id = :id AND %s"
				.formatted(MINE)), caller).param("id", id).param("now", Timestamp.from(clock.instant())).update();
		if (rows == 0) {
			throw ApiException.notFound("notification.not-found");
		}
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Caller caller) {
		return spec.param("units", caller.scope().departments().toArray(String[]::new))
			.param("user", caller.username())
			.param("roles", caller.roles().stream().map(Enum::name).toArray(String[]::new))
			.param("regions", caller.scope().regions().toArray(String[]::new));
	}
}
