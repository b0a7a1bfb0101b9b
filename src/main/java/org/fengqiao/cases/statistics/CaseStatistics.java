package org.fengqiao.cases.statistics;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.cases.lifecycle.CaseRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fengqiao.platform.Caller;
import org.fengqiao.platform.RegionCodes;
import org.fengqiao.platform.Times;
import org.fengqiao.platform.ValidationException;
import org.fengqiao.region.Region;
import org.fengqiao.region.RegionLevel;
import org.fengqiao.directory.Department;
import org.fengqiao.directory.Directory;
import org.fengqiao.region.Regions;
import org.fengqiao.platform.DataScope;
import org.fengqiao.platform.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/stats/overview}, over the cases received in the period that the caller sees (merged
 * repeats not counted): resolution rate = resolved ÷ received; on-time rate = resolved by the due date ÷
 * resolved; satisfaction rate = satisfied visits ÷ rated visits (UNREACHABLE is no rating).
 */
@Component
public class CaseStatistics {

	record Counts(long received, long resolved, long onTime, long satisfied, long rated, long overdue) {
	}

	record RegionRow(String regionCode, String name, long received, long resolved, BigDecimal resolutionRate,
			BigDecimal onTimeRate, BigDecimal satisfactionRate, long overdue) {
	}

	public record Overview(long received, long resolved, BigDecimal resolutionRate, BigDecimal onTimeRate,
			BigDecimal satisfactionRate, long overdue, Map<String, Long> byKind, Map<String, Long> byChannel,
			List<RegionRow> byRegion) {
	}

	/** One group of a trend: its key (month, region code, unit code, kind or channel), a name where one exists. */
	public record TrendRow(String key, String name, long received, long resolved, BigDecimal resolutionRate,
			BigDecimal onTimeRate, BigDecimal satisfactionRate, long overdue) {
	}

	/** A grid's open cases (not closed, not merged) and how many of them are overdue, for the map. */
	public record GridLoad(String gridCode, long open, long overdue) {
	}

	private static final String GRID_LOAD = CaseVisibility.RULE.sql("""
			SELECT c.grid_code, count(*) AS open, count(*) FILTER (WHERE c.overdue) AS overdue
			FROM cases c WHERE {scope}
			AND c.grid_code IS NOT NULL AND c.status NOT IN ('CLOSED', 'MERGED') AND c.region_code LIKE :regionPattern
			GROUP BY c.grid_code ORDER BY c.grid_code
			""");

	private static final String MEASURES = """
			count(*) AS received,
			count(*) FILTER (WHERE c.resolved_at IS NOT NULL) AS resolved,
			count(*) FILTER (WHERE c.resolved_at IS NOT NULL AND c.resolved_on_time) AS on_time,
			count(*) FILTER (WHERE c.satisfaction IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED')) AS satisfied,
			count(*) FILTER (WHERE c.satisfaction IS NOT NULL AND c.satisfaction <> 'UNREACHABLE') AS rated,
			count(*) FILTER (WHERE c.overdue AND c.resolved_at IS NULL) AS overdue
			""";
	private static final String FROM = CaseVisibility.RULE.sql("""
			 FROM cases c WHERE {scope}
			 AND c.status <> 'MERGED' AND c.region_code LIKE :regionPattern
			 AND c.received_at >= :from AND c.received_at < :to
			""");

	private final JdbcClient jdbc;
	private final Regions regions;
	private final Directory directory;

	CaseStatistics(JdbcClient jdbc, Regions regions, Directory directory) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.directory = directory;
	}

	public Overview overview(String regionCode, LocalDate from, LocalDate to, Caller caller) {
		Region region = region(regionCode, caller);
		String prefix = RegionCodes.prefix(region.code());
		DataScope v = caller.scope();
		Instant start = from == null ? Instant.EPOCH : Times.startOf(from);
		Instant end = to == null ? Instant.parse("9999-01-01T00:00:00Z") : Times.endOf(to);
		Counts total = bind(jdbc.sql("SELECT " + MEASURES + FROM), v, prefix, start, end)
			.query((rs, i) -> counts(rs)).single();
		Map<String, Long> byKind = grouped("c.kind", v, prefix, start, end);
		Map<String, Long> byChannel = grouped("c.channel", v, prefix, start, end);
		int childDigits = childDigits(region.level());
		List<RegionRow> byRegion = childDigits == 0 ? List.of()
				: bind(jdbc.sql("SELECT rpad(left(c.region_code, :digits), 12, '0') AS child, " + MEASURES + FROM
						+ " GROUP BY child ORDER BY child"), v, prefix, start, end).param("digits", childDigits)
					.query((rs, i) -> {
						Counts c = counts(rs);
						String code = rs.getString("child");
						return new RegionRow(code, regions.find(code).map(Region::name).orElse(null), c.received(),
								c.resolved(), rate(c.resolved(), c.received()), rate(c.onTime(), c.resolved()),
								rate(c.satisfied(), c.rated()), c.overdue());
					}).list();
		return new Overview(total.received(), total.resolved(), rate(total.resolved(), total.received()),
				rate(total.onTime(), total.resolved()), rate(total.satisfied(), total.rated()), total.overdue(), byKind,
				byChannel, byRegion);
	}

	/** The same measures as the overview, grouped by month, village, unit, kind or channel. */
	public List<TrendRow> trend(String regionCode, LocalDate from, LocalDate to, Trend by, Caller caller) {
		String prefix = RegionCodes.prefix(region(regionCode, caller).code());
		Instant start = from == null ? Instant.EPOCH : Times.startOf(from);
		Instant end = to == null ? Instant.parse("9999-01-01T00:00:00Z") : Times.endOf(to);
		return bind(jdbc.sql("SELECT " + by.expression() + " AS key, " + MEASURES + FROM + " GROUP BY key ORDER BY key"),
				caller.scope(), prefix, start, end)
			.query((rs, i) -> {
				Counts c = counts(rs);
				String key = rs.getString("key");
				return new TrendRow(key, name(by, key), c.received(), c.resolved(), rate(c.resolved(), c.received()),
						rate(c.onTime(), c.resolved()), rate(c.satisfied(), c.rated()), c.overdue());
			}).list();
	}

	/** The open cases of each grid in the region that the caller sees. */
	public List<GridLoad> gridLoad(String regionCode, Caller caller) {
		String prefix = RegionCodes.prefix(region(regionCode, caller).code());
		return ScopeSql.bind(jdbc.sql(GRID_LOAD), caller.scope()).param("regionPattern", prefix + "%")
			.query((rs, i) -> new GridLoad(rs.getString("grid_code"), rs.getLong("open"), rs.getLong("overdue"))).list();
	}

	private Region region(String regionCode, Caller caller) {
		if (regionCode == null && caller.scope().regions().isEmpty()) {
			throw ValidationException.of("region", "stats.region-required");
		}
		return regions.get(regionCode == null ? caller.scope().regions().get(0) : regionCode, caller.scope());
	}

	private String name(Trend by, String key) {
		return switch (by) {
			case VILLAGE -> regions.find(key).map(Region::name).orElse(null);
			case UNIT -> directory.department(key).map(Department::name).orElse(null);
			default -> null;
		};
	}

	private Map<String, Long> grouped(String column, DataScope v, String prefix, Instant from, Instant to) {
		Map<String, Long> result = new LinkedHashMap<>();
		bind(jdbc.sql("SELECT " + column + " AS key, count(*) AS n" + FROM + " GROUP BY key ORDER BY key"), v, prefix,
				from, to).query((rs, i) -> Map.entry(rs.getString("key"), rs.getLong("n")))
			.list().forEach(e -> result.put(e.getKey(), e.getValue()));
		return result;
	}

	/** Rates are decimals 0–1 rounded to 4 places, null when the denominator is 0. */
	static BigDecimal rate(long numerator, long denominator) {
		return denominator == 0 ? null
				: BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
	}

	private static int childDigits(RegionLevel level) {
		return switch (level) {
			case PROVINCE -> 4;
			case CITY -> 6;
			case COUNTY -> 9;
			case TOWN -> 12;
			case VILLAGE -> 0;
		};
	}

	private static Counts counts(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Counts(rs.getLong("received"), rs.getLong("resolved"), rs.getLong("on_time"), rs.getLong("satisfied"),
				rs.getLong("rated"), rs.getLong("overdue"));
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, DataScope v, String prefix,
			Instant from, Instant to) {
		return ScopeSql.bind(spec, v).param("regionPattern", prefix + "%").param("from", CaseRows.ts(from))
			.param("to", CaseRows.ts(to));
	}
}
