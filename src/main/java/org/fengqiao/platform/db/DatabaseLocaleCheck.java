package org.fengqiao.platform.db;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks at start that the database's {@code LC_CTYPE} is a UTF-8 locale: pg_trgm drops Chinese characters
 * under {@code C} or {@code POSIX}, so its indexes never narrow a Chinese text search, which then still answers
 * correctly but by reading every case. Only warns: a real server initialized otherwise keeps working.
 */
@Component
class DatabaseLocaleCheck {

	private static final Logger log = LoggerFactory.getLogger(DatabaseLocaleCheck.class);

	private final JdbcClient jdbc;

	DatabaseLocaleCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	void check() {
		String ctype;
		try {
			ctype = jdbc.sql("SELECT datctype FROM pg_database WHERE datname = current_database()")
				.query(String.class).single();
		} catch (RuntimeException e) {
			log.warn("could not read the database's LC_CTYPE: {}", e.getMessage());
			return;
		}
		if (utf8(ctype)) {
			log.info("database LC_CTYPE {}: Chinese text search uses its trigram indexes", ctype);
		} else {
			log.warn("database LC_CTYPE is {}, not a UTF-8 locale: pg_trgm drops Chinese characters, so a Chinese"
					+ " text search (GET /api/cases?q=…) falls back to a slower path reading every case in scope;"
					+ " create the database with LC_CTYPE C.UTF-8 (initdb --locale=C.UTF-8) for fast search", ctype);
		}
	}

	static boolean utf8(String ctype) {
		String c = ctype == null ? "" : ctype.toLowerCase(Locale.ROOT).replace("-", "");
		return c.endsWith(".utf8") || c.contains(".utf8@");
	}
}
