package org.fengqiao.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In-process diagnostics for {@link CaseLoadBenchmark} over the measured period: where the CPU went (client
 * threads, the rest of the JVM, the embedded PostgreSQL's processes, other processes), JIT time, what the
 * database backends were doing (pg_stat_activity sampled every 100 ms: running, waiting for a lock, or idle in a
 * transaction while the JVM works, and in which statement), database work per lifecycle, the plan of intake's repeat check, and the top statements
 * if pg_stat_statements happens to be preloaded.
 */
final class LoadProbe {

	private static final String DB_STATS = """
			SELECT d.xact_commit, d.blks_hit, d.tup_returned, d.tup_inserted, d.tup_updated, w.wal_records,
			       w.wal_bytes::bigint AS wal_bytes FROM pg_stat_database d CROSS JOIN pg_stat_wal w
			WHERE d.datname = current_database()""";
	private static final String ACTIVITY = """
			SELECT CASE WHEN state = 'active' THEN coalesce(wait_event_type, 'CPU') ELSE 'idle in tx' END AS waiting,
			       left(regexp_replace(query, '\\s+', ' ', 'g'), 72) AS q
			FROM pg_stat_activity WHERE backend_type = 'client backend' AND state IN ('active', 'idle in transaction')
			  AND pid <> pg_backend_pid()""";

	private final JdbcClient jdbc;
	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
	private final com.sun.management.OperatingSystemMXBean os =
			(com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
	private final long[] start = new long[6];
	private final long[] used = new long[6];
	private final Map<String, Integer> activity = new TreeMap<>();
	private volatile boolean sampling;
	private Thread sampler;
	private int samples;
	private Map<String, Object> db;
	private boolean statements;

	LoadProbe(ConfigurableApplicationContext app) {
		this.jdbc = app.getBean(JdbcClient.class);
	}

	void begin() {
		statements = jdbc.sql("SHOW shared_preload_libraries").query(String.class).single().contains("pg_stat_statements");
		if (statements) {
			jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
			jdbc.sql("SELECT pg_stat_statements_reset()").query().listOfRows();
		}
		db = jdbc.sql(DB_STATS).query().singleRow();
		snapshot(start);
		sampling = true;
		sampler = new Thread(() -> {
			while (sampling) {
				jdbc.sql(ACTIVITY).query((rs, i) -> rs.getString(1) + "  " + rs.getString(2)).list()
					.forEach(a -> activity.merge(a, 1, Integer::sum));
				samples++;
				try {
					Thread.sleep(100);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "probe-sampler");
		sampler.setDaemon(true);
		sampler.start();
	}

	/** Call at the end of the measured period, while the clients still run. */
	void cpu() throws InterruptedException {
		snapshot(used);
		sampling = false;
		sampler.join();
		for (int i = 0; i < used.length; i++) {
			used[i] -= start[i];
		}
	}

	/** wall, JVM, client threads, PostgreSQL, whole machine busy, JIT compiler threads (all in ns). */
	private void snapshot(long[] v) {
		v[0] = System.nanoTime();
		v[1] = os.getProcessCpuTime();
		v[2] = clientThreadsCpu();
		v[3] = postgresCpu();
		v[4] = machineBusy();
		v[5] = compilerCpu();
	}

	/** Call when the clients have stopped. */
	void end(long lifecycles, String village) throws Exception {
		printCpu("complete lifecycle", lifecycles);
		double n = Math.max(1, lifecycles);
		printActivity();
		Thread.sleep(1500); // backends report their statistics at most once a second
		Map<String, Object> now = jdbc.sql(DB_STATS).query().singleRow();
		StringBuilder perLifecycle = new StringBuilder("database work per complete lifecycle:");
		now.forEach((k, v) -> perLifecycle.append(String.format(" %s %.1f", k,
				(((Number) v).doubleValue() - ((Number) db.get(k)).doubleValue()) / n)));
		System.out.println(perLifecycle);
		System.out.printf("cases in the table: %d (open: %d); of village %s: %d%n",
				jdbc.sql("SELECT count(*) FROM cases").query(Long.class).single(),
				jdbc.sql("SELECT count(*) FROM cases WHERE status NOT IN ('CLOSED', 'MERGED')").query(Long.class).single(),
				village, jdbc.sql("SELECT count(*) FROM cases WHERE region_code = :r").param("r", village).query(Long.class).single());
		System.out.println("database settings: " + jdbc.sql("""
				SELECT string_agg(name || '=' || setting || coalesce(unit, ''), ' ' ORDER BY name) FROM pg_settings
				WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers', 'max_connections', 'wal_level')""")
			.query(String.class).single());
		explainRepeatCheck(village);
		if (statements) {
			System.out.println("\npg_stat_statements, top 12 by time: calls, total ms, µs per call, statement");
			jdbc.sql("""
					SELECT calls, round(total_exec_time + total_plan_time) AS ms,
					       round((total_exec_time + total_plan_time) * 1000 / nullif(calls, 0)) AS us,
					       left(regexp_replace(query, '\\s+', ' ', 'g'), 90) AS q
					FROM pg_stat_statements ORDER BY total_exec_time + total_plan_time DESC LIMIT 12""")
				.query((rs, i) -> String.format("  %7d %8d %7d  %s", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)))
				.list().forEach(System.out::println);
		}
	}

	/** What the database backends were doing over the measured period (sampled every 100 ms). */
	void printActivity() {
		System.out.printf("active database backends, mean of %d samples (by what they wait for, and statement):%n", samples);
		activity.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
			.forEach(e -> System.out.printf("  %6.2f  %s%n", e.getValue() / (double) Math.max(1, samples), e.getKey()));
	}

	/** Where the CPU of the measured period went, in all and per unit of work (after {@link #cpu()}). */
	void printCpu(String unit, double units) {
		double seconds = used[0] / 1e9;
		int cores = os.getAvailableProcessors();
		long server = used[1] - used[2];
		System.out.printf("CPU over the measured %.1f s (%d cores = %.1f core-s): client threads %.1f s, server JVM %.1f s "
				+ "(of it JIT compiler threads %.1f s), PostgreSQL %.1f s, other processes %.1f s, idle %.1f s%n", seconds, cores,
				seconds * cores, used[2] / 1e9, server / 1e9, used[5] / 1e9, used[3] / 1e9,
				(used[4] - used[1] - used[3]) / 1e9, seconds * cores - used[4] / 1e9);
		double n = Math.max(1, units);
		System.out.printf("CPU per %s: server JVM %.1f ms, PostgreSQL %.1f ms, client %.1f ms%n", unit,
				server / 1e6 / n, used[3] / 1e6 / n, used[2] / 1e6 / n);
	}

	/** EXPLAIN ANALYZE of the real RepeatCheck query (read from its class) as the town desk runs it at intake. */
	private void explainRepeatCheck(String village) throws Exception {
		Field f = Class.forName("org.fengqiao.cases.intake.RepeatCheck").getDeclaredField("CANDIDATES");
		f.setAccessible(true);
		System.out.println("\nEXPLAIN (ANALYZE, BUFFERS) of intake's repeat check for village " + village + ":");
		jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + f.get(null)).param("self", "").param("idHash", null)
			.param("phoneHash", new byte[32]).param("region", village)
			.param("since", Timestamp.from(Instant.now().minus(Duration.ofDays(180))))
			.param("scopeRegions", new String[] { "610722101%" })
			.param("caseUnits", new String[] { CaseLoadBenchmark.TOWN + "-GOVERNANCE_CENTER" })
			.param("caseGrids", new String[0]).param("caseUser", "desk.longtou")
			.query(String.class).list().forEach(line -> System.out.println("  " + line));
	}

	/** CPU of the benchmark's own threads and of the JDK HTTP client's threads. */
	private long clientThreadsCpu() {
		long sum = 0;
		for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (t != null && (t.getThreadName().startsWith("bench-client") || t.getThreadName().startsWith("HttpClient"))) {
				sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
			}
		}
		return sum;
	}

	/** CPU of this JVM's JIT compiler threads, from /proc/self/task (Linux; 0 elsewhere). */
	private static long compilerCpu() {
		try (var tasks = Files.list(Path.of("/proc/self/task"))) {
			return tasks.mapToLong(t -> {
				try {
					String stat = Files.readString(t.resolve("stat"));
					if (!stat.contains("(C1 Compiler") && !stat.contains("(C2 Compiler")) {
						return 0;
					}
					String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
				} catch (Exception e) {
					return 0;
				}
			}).sum();
		} catch (Exception e) {
			return 0;
		}
	}

	/** Busy CPU of the whole machine (all but idle and iowait), from /proc/stat (Linux; 0 elsewhere). */
	private static long machineBusy() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i = 1; i < f.length && i <= 8; i++) {
				busy += i == 4 || i == 5 ? 0 : Long.parseLong(f[i]);
			}
			return busy * 10_000_000L; // clock ticks of 10 ms
		} catch (Exception e) {
			return 0;
		}
	}

	/** CPU of the database server's processes (they report their pids), from /proc (Linux; 0 elsewhere). */
	private long postgresCpu() {
		return jdbc.sql("SELECT pid FROM pg_stat_activity").query(Integer.class).list().stream().mapToLong(pid -> {
			try {
				String stat = Files.readString(Path.of("/proc", Integer.toString(pid), "stat"));
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
			} catch (Exception e) {
				return 0;
			}
		}).sum();
	}
}
