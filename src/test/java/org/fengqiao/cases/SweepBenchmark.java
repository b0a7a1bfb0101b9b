package org.fengqiao.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.fengqiao.FengqiaoApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.fengqiao.platform.deadline.DeadlineSweeper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark of the clock sweeper over a large table: {@code --cases=1000000} open (ACCEPTED) cases of 龙头镇,
 * of which 1 % are past their warning time and 1 % past their due time (already warned), the rest not yet due.
 * Times (a) sweeps with nothing due (a sweeper whose clock stands before every limit), (b) the sweep that marks
 * the due ones (the application's sweeper on the system clock), (c) the sweep right after it, (d) a sweep two
 * days on that catches up, and (e) routine sweeps a minute apart, each meeting what came due in that minute.
 */
public final class SweepBenchmark {

	private static final String VILLAGES = "ARRAY['610722101001','610722101201','610722101204','610722101206',"
			+ "'610722101208','610722101209','610722101210','610722101211','610722101212','610722101213','610722101214',"
			+ "'610722101215','610722101216','610722101217']";

	/** Bucket 0: overdue (and warned before); 1: past its warning time only; others: not yet due. */
	private static final String INSERT = """
			INSERT INTO cases (number, kind, category_code, channel, title, description, priority, status, level,
			    region_code, address, reporter_name, holding_unit, lead_unit, first_receiver, reported_by, received_at,
			    dispatched_at, sign_for_deadline, accepted_at, due_at, warning_at, warning, updated_at)
			SELECT '610722101-2026-' || lpad(i::text, 7, '0'), 'DISPUTE', 'DISPUTE_NEIGHBOR', 'WINDOW',
			       '邻里纠纷 ' || i, '村民反映邻里之间因琐事发生争执，请求调解。编号 ' || i, 'NORMAL', 'ACCEPTED', 'TOWN',
			       v, '龙头镇', '张某', '610722101000-GOVERNANCE_CENTER', '610722101000-JUDICIAL_OFFICE',
			       'desk.longtou', 'desk.longtou', a - interval '3 hours', a - interval '2 hours', a + interval '22 hours',
			       a, a + interval '21 days', a + interval '17 days', i %% 100 = 0, a
			FROM (SELECT i, (%s)[1 + i %% 14] AS v,
			             CAST(:t0 AS timestamptz) - interval '1 minute' - CASE i %% 100
			                 WHEN 0 THEN interval '21 days' + random() * interval '7 days'
			                 WHEN 1 THEN interval '17 days' + random() * interval '3.9 days'
			                 ELSE random() * interval '15 days' END AS a
			      FROM generate_series(1, :n) AS i) s
			""".formatted(VILLAGES);

	private static final String OVERDUE_SELECTION = "SELECT id FROM cases WHERE NOT overdue AND due_at IS NOT NULL "
			+ "AND resolved_at IS NULL AND due_at <= now() ORDER BY due_at LIMIT 2000";

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0].replaceFirst("^--cases=", "")) : 1_000_000;
		Path dataDir = Files.createTempDirectory("fengqiao-sweep");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FengqiaoApplication.class)
			.web(WebApplicationType.NONE)
			.run("--fengqiao.data-dir=" + dataDir, "--fengqiao.embedded-persistent=false", "--fengqiao.demo=false",
					"--fengqiao.bootstrap-admin=false", "--fengqiao.sweeper.enabled=false",
					"--fengqiao.outbox.interval=PT24H", "--logging.level.root=WARN")) {
			run(app, n);
		} finally {
			try (Stream<Path> files = Files.walk(dataDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static void run(ConfigurableApplicationContext app, int n) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		Instant t0 = Instant.now();
		long t = System.nanoTime();
		int inserted = jdbc.sql(INSERT).param("t0", Timestamp.from(t0)).param("n", n).update();
		System.out.printf("inserted %d open cases in %.1f s%n", inserted, (System.nanoTime() - t) / 1e9);
		t = System.nanoTime();
		jdbc.sql("VACUUM (ANALYZE) cases").update(); // what autovacuum would have done to a table this size
		System.out.printf("VACUUM (ANALYZE) cases in %.1f s%n", (System.nanoTime() - t) / 1e9);
		System.out.println(jdbc.sql("""
				SELECT format('cases: %s rows, %s open; past warning_at and not warned: %s; past due_at: %s; table %s, indexes %s',
				    count(*), count(*) FILTER (WHERE resolved_at IS NULL),
				    count(*) FILTER (WHERE NOT warning AND warning_at <= now()), count(*) FILTER (WHERE due_at <= now()),
				    pg_size_pretty(pg_table_size('cases')), pg_size_pretty(pg_indexes_size('cases'))) FROM cases
				""").query(String.class).single());

		// A sweeper whose clock stands a day before the earliest limit: the 1M open cases are there, nothing is due.
		DeadlineSweeper sweeper = app.getBean(DeadlineSweeper.class);
		for (int i = 1; i <= 3; i++) {
			timed("(a) nothing due yet, run " + i, () -> sweeper.sweep(t0.minus(Duration.ofDays(30))));
		}
		System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) " + OVERDUE_SELECTION);
		jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + OVERDUE_SELECTION).query(String.class).list()
			.forEach(line -> System.out.println("  " + line));
		System.out.println();
		timed("(b) marking what is due", sweeper::sweep); // on the system clock
		timed("(c) right after, nothing left", sweeper::sweep);
		// Two days on, the first sweep catches up with what came due meanwhile (half of the warned cases go
		// overdue); the bulk's warning times start then (accepted up to 15 days before t0, warned after 17), so a
		// sweeper running every minute from then on meets what comes due in one minute, about 1M / 15 days.
		for (int minute = 1; minute <= 3; minute++) {
			Instant at = t0.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(minute));
			timed(minute == 1 ? "(d) two days on, catching up" : "(e) routine, a minute later", () -> sweeper.sweep(at));
		}
		System.out.println();
		jdbc.sql("SELECT action, count(*) FROM case_events GROUP BY action ORDER BY action")
			.query((rs, i) -> "case_events " + rs.getString(1) + ": " + rs.getLong(2)).list().forEach(System.out::println);
		System.out.println(jdbc.sql("""
				SELECT format('cases warned: %s, overdue: %s, supervised: %s; notifications: %s (%s); outbox rows: %s',
				    (SELECT count(*) FROM cases WHERE warning), (SELECT count(*) FROM cases WHERE overdue),
				    (SELECT count(*) FROM cases WHERE supervision IS NOT NULL), (SELECT count(*) FROM notifications),
				    (SELECT string_agg(kind || ' ' || c, ', ') FROM (SELECT kind, count(*) c FROM notifications GROUP BY kind) k),
				    (SELECT count(*) FROM notification_outbox))
				""").query(String.class).single());
	}

	private static void timed(String label, Supplier<java.util.Map<String, Integer>> sweep) {
		long t = System.nanoTime();
		java.util.Map<String, Integer> s = sweep.get();
		System.out.printf("sweep %-32s %9.1f ms   warnings %6d, late sign-fors %d, overdue %6d%n", label,
				(System.nanoTime() - t) / 1e6, s.get("case-warning"), s.get("case-sign-for"), s.get("case-overdue"));
	}
}
