package org.fengqiao.cases.intake;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.cases.PossibleDuplicate;
import org.fengqiao.cases.lifecycle.CaseRows;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 重复件: open cases of the same person (ID or phone number, by blind index) or of the same village with
 * similar text ({@link TextSimilarity} at least {@value #SAME_PLACE_THRESHOLD}), among those the caller sees.
 */
@Component
public class RepeatCheck {

	static final double SAME_PLACE_THRESHOLD = 0.3;
	private static final Duration LOOK_BACK = Duration.ofDays(180);
	private static final String CANDIDATES = CaseVisibility.RULE.sql("SELECT c.number, c.title, c.description, "
			+ "c.reporter_id_hash = :idHash AS same_id, c.reporter_phone_hash = :phoneHash AS same_phone "
			+ "FROM cases c WHERE c.status NOT IN ('CLOSED', 'MERGED') AND c.received_at > :since AND (CAST(:self AS varchar) IS NULL OR c.number <> :self) "
			+ "AND (c.reporter_id_hash = :idHash OR c.reporter_phone_hash = :phoneHash OR c.region_code = :region) AND "
			+ "{scope} ORDER BY c.received_at DESC LIMIT 300");

	private final JdbcClient jdbc;

	RepeatCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open cases like the new case {@code self} (which is left out), among those the caller can see. */
	public List<PossibleDuplicate> of(String self, String title, String description, String regionCode, byte[] idHash,
			byte[] phoneHash, Instant now, DataScope scope) {
		String text = title + " " + description;
		return ScopeSql.bind(jdbc.sql(CANDIDATES), scope).param("self", self).param("idHash", idHash)
			.param("phoneHash", phoneHash).param("region", regionCode).param("since", CaseRows.ts(now.minus(LOOK_BACK)))
			.query((rs, i) -> {
				double similarity = Math.round(TextSimilarity.of(text, rs.getString("title") + " " + rs.getString("description"))
						* 10_000) / 10_000.0;
				String reason = rs.getBoolean("same_id") ? "SAME_ID_NUMBER"
						: rs.getBoolean("same_phone") ? "SAME_PHONE" : similarity >= SAME_PLACE_THRESHOLD ? "SAME_PLACE" : null;
				return reason == null ? null : new PossibleDuplicate(rs.getString("number"), rs.getString("title"), similarity, reason);
			}).list().stream()
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparingDouble(PossibleDuplicate::similarity).reversed())
			.limit(5).toList();
	}

}
