package org.fengqiao.cases.statistics;

import org.fengqiao.cases.CaseVisibility;
import org.fengqiao.cases.lifecycle.CaseRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import org.fengqiao.platform.StatisticsPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Component;

/**
 * {@code GET /api/stats/overview}, over the cases received in the period that the caller sees (merged
 * repeats not counted): resolution rate = resolved ÷ received; on-time rate = resolved by the due date ÷
 * resolved; satisfaction rate = satisfied visits ÷ rated visits (UNREACHABLE is no rating). Where the rollups
 * hold exactly the cases the caller sees (a whole region, one unit, grids: {@link RollupPolicy}) the whole months
 * are read from them and the period's partial months live; everyone else is counted live.
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
			AND c.grid_code IS NOT NULL AND c.open AND c.region_code LIKE :regionPattern
			GROUP BY c.grid_code ORDER BY c.grid_code
			""");

	private static final String MEASURES = """
			sum(b.received) AS received, sum(b.resolved) AS resolved, sum(b.on_time) AS on_time,
			sum(b.satisfied) AS satisfied, sum(b.rated) AS rated, sum(b.overdue) AS overdue
			""";
	/**
	 * The overview in one pass: the totals (grouping 7, always one row), by kind (3), by channel (5) and by child
	 * region (6); groups whose cases all went (merged, deleted) are dropped. The rows are first summed by kind,
	 * channel and child — a few hundred groups from a town's ten years of rollup rows — so the four grouping sets
	 * each read those, not every row (about 15% of the statement's time at a million cases).
	 */
	private static final String OVERVIEW = """
			SELECT GROUPING(b.kind, b.channel, b.child) AS grouping, b.kind, b.channel, b.child, %s
			FROM (SELECT base.kind, base.channel, rpad(left(base.region_code, :digits), 12, '0') AS child,
			             sum(base.received) AS received, sum(base.resolved) AS resolved, sum(base.on_time) AS on_time,
			             sum(base.satisfied) AS satisfied, sum(base.rated) AS rated, sum(base.overdue) AS overdue
			      FROM base GROUP BY 1, 2, 3) b
			GROUP BY GROUPING SETS ((), (b.kind), (b.channel), (b.child))
			HAVING GROUPING(b.kind, b.channel, b.child) = 7 OR sum(b.received) > 0
			""".formatted(MEASURES);

	private final JdbcClient jdbc;
	private final Regions regions;
	private final Directory directory;

	CaseStatistics(JdbcClient jdbc, Regions regions, Directory directory) {
		this.jdbc = jdbc;
		this.regions = regions;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public Overview overview(String regionCode, LocalDate from, LocalDate to, Caller caller) {
		Region region = region(regionCode, caller);
		int childDigits = childDigits(region.level());
		Counts total = new Counts(0, 0, 0, 0, 0, 0);
		Map<String, Long> byKind = new TreeMap<>();
		Map<String, Long> byChannel = new TreeMap<>();
		List<RegionRow> byRegion = new ArrayList<>();
		List<Object[]> rows = bind(region, StatisticsPeriod.of(from, to), caller, OVERVIEW).param("digits", childDigits)
			.query((rs, i) -> new Object[] { rs.getInt("grouping"), rs.getString("kind"), rs.getString("channel"),
					rs.getString("child"), counts(rs) })
			.list();
		for (Object[] row : rows) {
			Counts c = (Counts) row[4];
			switch ((Integer) row[0]) {
				case 7 -> total = c;
				case 3 -> byKind.put((String) row[1], c.received());
				case 5 -> byChannel.put((String) row[2], c.received());
				default -> {
					if (childDigits > 0) {
						String code = (String) row[3];
						byRegion.add(new RegionRow(code, regions.find(code).map(Region::name).orElse(null), c.received(),
								c.resolved(), rate(c.resolved(), c.received()), rate(c.onTime(), c.resolved()),
								rate(c.satisfied(), c.rated()), c.overdue()));
					}
				}
			}
		}
		byRegion.sort(Comparator.comparing(RegionRow::regionCode));
		return new Overview(total.received(), total.resolved(), rate(total.resolved(), total.received()),
				rate(total.onTime(), total.resolved()), rate(total.satisfied(), total.rated()), total.overdue(),
				new LinkedHashMap<>(byKind), new LinkedHashMap<>(byChannel), byRegion);
	}

	/** The same measures as the overview, grouped by month, village, unit, kind or channel. */
	@Transactional(readOnly = true)
	public List<TrendRow> trend(String regionCode, LocalDate from, LocalDate to, Trend by, Caller caller) {
		String sql = "SELECT " + by.expression() + " AS key, " + MEASURES
				+ " FROM base b GROUP BY key HAVING sum(b.received) > 0 ORDER BY key";
		return bind(region(regionCode, caller), StatisticsPeriod.of(from, to), caller, sql).query((rs, i) -> {
			Counts c = counts(rs);
			String key = rs.getString("key");
			return new TrendRow(key, name(by, key), c.received(), c.resolved(), rate(c.resolved(), c.received()),
					rate(c.onTime(), c.resolved()), rate(c.satisfied(), c.rated()), c.overdue());
		}).list();
	}

	/** The open cases of each grid in the region that the caller sees. */
	@Transactional(readOnly = true)
	public List<GridLoad> gridLoad(String regionCode, Caller caller) {
		String prefix = RegionCodes.prefix(region(regionCode, caller).code());
		ScopeSql.planForTheCaller(jdbc);
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

	/**
	 * The statement over {@code base}: the rollups where {@link RollupPolicy} allows them, else every case the
	 * caller sees; every parameter of both bound.
	 */
	private JdbcClient.StatementSpec bind(Region region, StatisticsPeriod period, Caller caller, String select) {
		DataScope scope = caller.scope();
		String base = switch (RollupPolicy.sourceFor(scope, region.code())) {
			case REGION -> StatisticsBase.REGION_ROLLUPS;
			case UNIT -> StatisticsBase.UNIT_ROLLUPS;
			case GRIDS -> StatisticsBase.GRID_ROLLUPS;
			case LIVE -> StatisticsBase.LIVE;
		};
		ScopeSql.planForTheCaller(jdbc);
		return ScopeSql.bind(jdbc.sql("WITH base AS (" + base + ") " + select), scope)
			.param("regionPattern", RegionCodes.prefix(region.code()) + "%")
			.param("from", CaseRows.ts(period.start()))
			.param("to", CaseRows.ts(period.end()))
			.param("wholeFrom", period.wholeFrom())
			.param("wholeTo", period.wholeTo())
			.param("wholeStart", CaseRows.ts(period.wholeStart()))
			.param("wholeEnd", CaseRows.ts(period.wholeEnd()))
			.param("rollupGrids", RollupPolicy.outermost(scope.grids()));
	}
}
