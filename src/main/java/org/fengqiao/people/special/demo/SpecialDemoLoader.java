package org.fengqiao.people.special.demo;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.fengqiao.people.special.FollowUpRule.Duty;
import org.fengqiao.people.special.FollowUpSchedule;
import org.fengqiao.people.special.demo.DemoFileGenerator.DemoDuty;
import org.fengqiao.people.special.demo.DemoFileGenerator.DemoFile;
import org.fengqiao.people.special.demo.DemoFileGenerator.Holder;
import org.fengqiao.platform.DemoMode;
import org.fengqiao.platform.ReadsAcrossScopes;
import org.fengqiao.platform.Times;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, after the demo data set, loads 龙头镇's special-population files and a year of follow-ups (COPY for
 * the duties and records) once. The file holders are 龙头镇's residents, which the demo data set's register
 * ({@code demo.DemoDataLoader}, run before) has loaded; the town cadres named on the files are residents too.
 */
@Component
@Order(20)
@ReadsAcrossScopes(reason = "the demo loader reads and fills a whole town's register, for no caller")
class SpecialDemoLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SpecialDemoLoader.class);
	static final String LONGTOU = "610722101000";
	private static final long SEED = 20261206L;
	private static final Map<String, String> GRID_MEMBERS = Map.of("610722101213", "grid.liuyi", "610722101209", "grid.wuai");

	private final DemoMode mode;
	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate transactions;
	private final FollowUpSchedule schedule;
	private final Clock clock;

	SpecialDemoLoader(DemoMode mode, JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions,
			FollowUpSchedule schedule, Clock clock) {
		this.mode = mode;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.schedule = schedule;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!mode.isOn() || jdbc.sql("SELECT EXISTS (SELECT 1 FROM special_populations)").query(Boolean.class).single()) {
			return;
		}
		long started = System.nanoTime();
		transactions.executeWithoutResult(status -> load());
		log.info("demo special-population files loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, Times.ZONE);
		List<Holder> holders = holders();
		if (holders.size() < DemoFileGenerator.FILES) {
			log.warn("龙头镇's register holds {} residents, too few for its demo files: none loaded", holders.size());
			return;
		}
		DemoFileGenerator.Result result = new DemoFileGenerator(schedule.policy()).generate(holders, SEED, today);
		Random random = new Random(SEED + 1);
		List<String> cadres = cadres(holders, result, today, random);
		StringBuilder files = new StringBuilder();
		for (DemoFile f : result.files()) {
			String village = f.holder().regionCode();
			String gridUser = GRID_MEMBERS.get(village);
			String gridName = gridUser == null ? cadres.get(random.nextInt(cadres.size())) : gridUser.equals("grid.liuyi") ? "曾小明" : "五爱村网格员";
			csv(files, f.holder().residentId(), f.category(), village, f.holder().gridCode(), LONGTOU.substring(0, 9) + "000-POLICE_STATION",
					f.category().equals("01") || f.category().equals("02") ? "610722101000-JUDICIAL_OFFICE" : null,
					f.risk().name(), f.key(), f.dangerLevel(), json(f.fields()), cadres.get(random.nextInt(cadres.size())),
					gridUser, gridName, "在家", now, now);
		}
		copy("COPY special_populations (resident_id, category_code, region_code, grid_code, police_unit, judicial_unit, risk_level, "
				+ "key_person, danger_level, fields, town_cadre_name, grid_member_user, grid_member_name, whereabouts, created_at, "
				+ "updated_at) FROM STDIN (FORMAT csv)", files);
		Map<Long, Long> fileOf = jdbc.sql("SELECT resident_id, id FROM special_populations").query((rs, i) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
		StringBuilder duties = new StringBuilder();
		StringBuilder records = new StringBuilder();
		for (DemoDuty d : result.duties()) {
			DemoFile f = result.files().get(d.file());
			long file = fileOf.get(f.holder().residentId());
			Instant warnAt = Times.endOf(d.end().minusDays(2));
			Instant dueAt = Times.endOf(d.end()).minusSeconds(1);
			Instant doneAt = d.doneOn() == null ? null : Times.startOf(d.doneOn()).plusSeconds(9 * 3600 + random.nextInt(8 * 3600));
			boolean late = doneAt == null ? !dueAt.isAfter(now) : doneAt.isAfter(dueAt);
			csv(duties, file, d.duty().name(), d.start(), d.end(), warnAt, dueAt, doneAt, !warnAt.isAfter(now) && (doneAt == null || doneAt.isAfter(warnAt)), late);
			if (doneAt != null) {
				boolean visit = d.duty() == Duty.VISIT;
				csv(records, file, d.duty().name(), d.doneOn(), visit ? (random.nextInt(10) < 8 ? "IN_PERSON" : "PHONE") : null,
						GRID_MEMBERS.containsKey(f.holder().regionCode()) ? "曾小明" : "网格员",
						visit ? "在家，生活正常，无异常情况。" : "季度风险评估，情况稳定。", visit ? "STABLE" : null,
						visit ? null : f.risk().name(), "{}", GRID_MEMBERS.getOrDefault(f.holder().regionCode(), "system"),
						doneAt);
			}
		}
		copy("COPY follow_up_duties (file_id, duty, period_start, period_end, warn_at, due_at, done_at, warned, overdue) "
				+ "FROM STDIN (FORMAT csv)", duties);
		copy("COPY special_population_records (file_id, kind, on_date, method, visitor, situation, mood, risk_level, attachments, "
				+ "recorded_by, recorded_at) FROM STDIN (FORMAT csv)", records);
	}

	private List<Holder> holders() {
		return jdbc.sql("SELECT id, region_code, grid_code, gender, birth_date FROM residents "
				+ "WHERE region_code LIKE '610722101%' AND status = 'PRESENT' ORDER BY id")
			.query((rs, i) -> new Holder(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate()))
			.list();
	}

	/** Forty of the town's adult residents who hold no file: the cadres and grid members the files name. */
	private List<String> cadres(List<Holder> holders, DemoFileGenerator.Result result, LocalDate today,
			Random random) {
		java.util.Set<Long> holding = result.files().stream().map(f -> f.holder().residentId())
			.collect(Collectors.toSet());
		List<Long> free = new ArrayList<>(holders.stream().filter(h -> !holding.contains(h.residentId()))
			.filter(h -> h.age(today) >= 25).map(Holder::residentId).toList());
		java.util.Collections.shuffle(free, random);
		return jdbc.sql("SELECT name FROM residents WHERE id = ANY (:ids) ORDER BY id")
			.param("ids", free.subList(0, Math.min(40, free.size())).toArray(Long[]::new)).query(String.class).list();
	}

	private void copy(String sql, StringBuilder rows) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(rows.toString()));
		} catch (SQLException | IOException e) {
			throw new IllegalStateException("demo special-population COPY failed", e);
		} finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static String json(Map<String, Object> fields) {
		return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + (e.getValue() instanceof Number n ? n.toString()
				: "\"" + e.getValue() + "\"")).collect(Collectors.joining(",", "{", "}"));
	}

	/** One CSV row: nulls empty, text quoted, bytes as bytea hex. */
	private static void csv(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			Object v = values[i];
			if (i > 0) {
				out.append(',');
			}
			if (v instanceof byte[] b) {
				out.append("\\x").append(HexFormat.of().formatHex(b));
			} else if (v != null) {
				out.append('"').append(String.valueOf(v).replace("\"", "\"\"")).append('"');
			}
		}
		out.append('\n');
	}
}
