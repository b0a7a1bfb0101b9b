package org.fengqiao.cases.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics' figures by a plain count over the cases a {@code where} (from {@code FROM cases c WHERE …}
 * on) selects, in the shapes {@link RollupExactnessApiTests} compares: written out here, not taken from the
 * code under test.
 */
final class Plain {

	private static final String COUNTS = """
			count(*) AS received,
			count(*) FILTER (WHERE c.resolved_at IS NOT NULL) AS resolved,
			count(*) FILTER (WHERE c.resolved_at IS NOT NULL AND c.resolved_on_time) AS on_time,
			count(*) FILTER (WHERE c.satisfaction IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied,
			count(*) FILTER (WHERE c.satisfaction IS NOT NULL AND c.satisfaction <> 'UNREACHABLE') AS rated,
			count(*) FILTER (WHERE c.overdue AND c.resolved_at IS NULL) AS overdue
			""";

	private final JdbcClient jdbc;
	private final String where;
	private final String from;
	private final String to;
	private final String region;

	Plain(JdbcClient jdbc, String where, String from, String to, String region) {
		this.jdbc = jdbc;
		this.where = where;
		this.from = from;
		this.to = to;
		this.region = region;
	}

	long received() {
		return jdbc.sql("SELECT count(*)" + where).param("from", from).param("to", to).query(Long.class).single();
	}

	Map<String, Object> overview() {
		Map<String, Object> m = new LinkedHashMap<>();
		jdbc.sql("SELECT " + COUNTS + where).param("from", from).param("to", to).query(rs -> {
			m.put("received", rs.getLong("received"));
			m.put("resolved", rs.getLong("resolved"));
			m.put("overdue", rs.getLong("overdue"));
			m.put("resolutionRate", RollupExactnessApiTests.rateOf(rs.getLong("resolved"), rs.getLong("received")));
			m.put("onTimeRate", RollupExactnessApiTests.rateOf(rs.getLong("on_time"), rs.getLong("resolved")));
			m.put("satisfactionRate", RollupExactnessApiTests.rateOf(rs.getLong("satisfied"), rs.getLong("rated")));
		});
		m.put("byKind", counts("c.kind"));
		m.put("byChannel", counts("c.channel"));
		int digits = region.endsWith("000000") ? 9 : region.endsWith("000") ? 12 : 0;
		m.put("byRegion", digits == 0 ? List.of() : grouped("rpad(left(c.region_code, " + digits + "), 12, '0')"));
		return m;
	}

	List<String> trend(String by) {
		return grouped(switch (by) {
			case "MONTH" -> "to_char(c.received_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')";
			case "UNIT" -> "coalesce(c.lead_unit, c.holding_unit)";
			case "VILLAGE" -> "c.region_code";
			default -> throw new IllegalArgumentException(by);
		});
	}

	private Map<String, Long> counts(String column) {
		Map<String, Long> m = new LinkedHashMap<>();
		jdbc.sql("SELECT " + column + " AS key, count(*) AS n" + where + " GROUP BY key").param("from", from)
			.param("to", to).query(rs -> {
				m.put(rs.getString("key"), rs.getLong("n"));
			});
		return m;
	}

	private List<String> grouped(String expression) {
		return jdbc.sql("SELECT " + expression + " AS key, " + COUNTS + where + " GROUP BY key ORDER BY key")
			.param("from", from).param("to", to)
			.query((rs, i) -> rs.getString("key") + " " + rs.getLong("received") + "/" + rs.getLong("resolved") + "/"
					+ rs.getLong("overdue") + " " + text(RollupExactnessApiTests.rateOf(rs.getLong("resolved"), rs.getLong("received")))
					+ " " + text(RollupExactnessApiTests.rateOf(rs.getLong("on_time"), rs.getLong("resolved")))
					+ " " + text(RollupExactnessApiTests.rateOf(rs.getLong("satisfied"), rs.getLong("rated"))))
			.list();
	}

	private static String text(java.math.BigDecimal rate) {
		return rate == null ? "-" : rate.toPlainString();
	}
}
