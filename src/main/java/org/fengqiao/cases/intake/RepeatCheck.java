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
	/**
	 * The candidates' query for each combination of what is known (the case's own number, an ID number, a phone
	 * number), indexed by {@link #variant}: a condition on a parameter that is absent is left out of the text rather
	 * than passed a null, so each text's plan is the same for every call and PostgreSQL keeps one generic plan for it
	 * instead of planning again for each intake (a null in a condition makes each call's own plan look cheaper).
	 */
	private static final String[] CANDIDATES = new String[8];

	static {
		for (int v = 0; v < CANDIDATES.length; v++) {
			boolean self = (v & 1) != 0;
			boolean id = (v & 2) != 0;
			boolean phone = (v & 4) != 0;
			CANDIDATES[v] = CaseVisibility.RULE.sql("SELECT c.number, c.title, c.description, "
					+ (id ? "c.reporter_id_hash = :idHash" : "false") + " AS same_id, "
					+ (phone ? "c.reporter_phone_hash = :phoneHash" : "false") + " AS same_phone "
					+ "FROM cases c WHERE c.open AND c.received_at > :since "
					+ (self ? "AND c.number <> :self " : "")
					+ "AND (" + (id ? "c.reporter_id_hash = :idHash OR " : "")
					+ (phone ? "c.reporter_phone_hash = :phoneHash OR " : "")
					+ "c.region_code = :region) AND {scope} ORDER BY c.received_at DESC LIMIT 300");
		}
	}

	static int variant(String self, byte[] idHash, byte[] phoneHash) {
		return (self != null ? 1 : 0) | (idHash != null ? 2 : 0) | (phoneHash != null ? 4 : 0);
	}

	private final JdbcClient jdbc;

	RepeatCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Open cases like the new case {@code self} (which is left out), among those the caller can see. */
	public List<PossibleDuplicate> of(String self, String title, String description, String regionCode, byte[] idHash,
			byte[] phoneHash, Instant now, DataScope scope) {
		TextSimilarity.Profile text = TextSimilarity.profile(title + " " + description);
		JdbcClient.StatementSpec query = ScopeSql.bind(jdbc.sql(CANDIDATES[variant(self, idHash, phoneHash)]), scope)
			.param("region", regionCode).param("since", CaseRows.ts(now.minus(LOOK_BACK)));
		if (self != null) {
			query = query.param("self", self);
		}
		if (idHash != null) {
			query = query.param("idHash", idHash);
		}
		if (phoneHash != null) {
			query = query.param("phoneHash", phoneHash);
		}
		return query
			.query((rs, i) -> {
				double similarity = Math.round(text.similarity(TextSimilarity.profile(rs.getString("title") + " "
						+ rs.getString("description"))) * 10_000) / 10_000.0;
				String reason = rs.getBoolean("same_id") ? "SAME_ID_NUMBER"
						: rs.getBoolean("same_phone") ? "SAME_PHONE" : similarity >= SAME_PLACE_THRESHOLD ? "SAME_PLACE" : null;
				return reason == null ? null : new PossibleDuplicate(rs.getString("number"), rs.getString("title"), similarity, reason);
			}).list().stream()
			.filter(java.util.Objects::nonNull)
			.sorted(Comparator.comparingDouble(PossibleDuplicate::similarity).reversed())
			.limit(5).toList();
	}

}
