package org.fengqiao.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.fengqiao.platform.imports.Importer.ImportOutcome;
import org.fengqiao.platform.imports.Importer.ImportProgress;
import org.fengqiao.region.DivisionImport;
import org.postgresql.PGConnection;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Times the whole-country division import on an embedded PostgreSQL: a first import into an empty
 * {@code regions}, an idempotent re-import, and psql's {@code \copy} of the same normalized rows into a
 * table with its primary key as the floor (a bare table would hide the index cost every real import
 * pays), with the ratio against the target. Usage: {@code DivisionImportBenchmark [divisionsFolder]}.
 */
public final class DivisionImportBenchmark {

	/** The requirement on a 2-core machine. */
	private static final double LIMIT_SECONDS = 60;
	/** Issue 15: the first import at most this many times psql's \copy into a keyed table, same run. */
	private static final double TARGET_RATIO = 3.0;
	/** 665,276 rows minus the 5 that fold into a parent with the same padded code. */
	private static final long EXPECTED_ROWS = 665_271;

	private DivisionImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path folder = Paths.get(args.length > 0 ? args[0] : "../shared/data/divisions").toAbsolutePath().normalize();
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("no divisions folder at " + folder);
		}
		System.out.printf("divisions folder: %s%nJava %s, %d CPUs, max heap %d MB, load average %.2f%n", folder,
				Runtime.version(), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		quietLogging();
		List<String> failures = new ArrayList<>();
		long start = System.nanoTime();
		try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("timezone", "UTC").start()) {
			DataSource ds = pg.getPostgresDatabase();
			System.out.printf("embedded PostgreSQL %s on port %d started in %.1f s%n",
					query(ds, "SHOW server_version"), pg.getPort(), seconds(start));
			long t = System.nanoTime();
			int migrations = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate().migrationsExecuted;
			System.out.printf("Flyway: %d migrations in %.1f s%n%n", migrations, seconds(t));

			DivisionImport importer = new DivisionImport(ds, Clock.systemUTC());
			Run first = run("first import (empty table)", importer, folder);
			long rows = Long.parseLong(query(ds, "SELECT count(*) FROM regions"));
			Run second = run("re-import (same files)", importer, folder);
			long rowsAgain = Long.parseLong(query(ds, "SELECT count(*) FROM regions"));
			System.out.printf("regions count(*): %,d after the first import, %,d after the re-import (expected %,d)%n",
					rows, rowsAgain, EXPECTED_ROWS);

			// The same normalized rows, written out before timing, loaded by psql into a table with its key.
			Path csv = Files.createTempFile("keyed_regions", ".csv");
			try {
				try (Connection c = ds.getConnection(); OutputStream out = Files.newOutputStream(csv)) {
					c.unwrap(PGConnection.class).getCopyAPI().copyOut(
							"COPY (SELECT code, name, level, parent_code, kind FROM regions ORDER BY code) TO STDOUT (FORMAT csv)", out);
				}
				execute(ds, "CREATE TABLE keyed_regions (code varchar(12) COLLATE \"C\" PRIMARY KEY, name varchar(100),"
						+ " level varchar(10), parent_code varchar(12) COLLATE \"C\", kind varchar(10))");
				double psql = psqlCopy(pg.getPort(), "keyed_regions", csv);
				// The floor of the real table: a copy of regions with all its indexes and checks.
				execute(ds, "CREATE TABLE like_regions (LIKE regions INCLUDING ALL)");
				execute(ds, "ALTER TABLE like_regions ALTER COLUMN updated_at SET DEFAULT now()");
				double like = psqlCopy(pg.getPort(), "like_regions (code, name, level, parent_code, kind)", csv);
				long keyedRows = Long.parseLong(query(ds, "SELECT count(*) FROM keyed_regions"));
				System.out.printf("psql \\copy into a table with its primary key: %,d rows (%,d bytes of CSV) in %.2f s%n%n",
						keyedRows, Files.size(csv), psql);
				System.out.printf("psql \\copy into a copy of regions (its two indexes and checks): %.2f s%n%n", like);

				System.out.println("| rows | our import s | re-import s | psql \\copy (keyed) s | ours/psql | rows/s (ours) | rows/s (psql) |");
				System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
				System.out.printf("| %,d | %.2f | %.2f | %.2f | %.1f× | %,.0f | %,.0f |%n", rows, first.seconds, second.seconds,
						psql, first.seconds / psql, rows / first.seconds, keyedRows / psql);
				System.out.printf("first import / \\copy = %.2f× (target ≤ %.1f×: %s), load average %.2f%n", first.seconds / psql,
						TARGET_RATIO, first.seconds / psql <= TARGET_RATIO ? "met" : "NOT met",
						ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
			} finally {
				Files.deleteIfExists(csv);
			}
			if (first.seconds >= LIMIT_SECONDS) {
				failures.add(String.format("first import took %.1f s (limit < %.0f s)", first.seconds, LIMIT_SECONDS));
			}
			if (rowsAgain != rows) {
				failures.add("the re-import changed the row count from " + rows + " to " + rowsAgain);
			}
			if (rows != EXPECTED_ROWS) {
				failures.add("expected " + EXPECTED_ROWS + " regions, found " + rows);
			}
			if (first.outcome.rejected() > 0 || second.outcome.rejected() > 0) {
				failures.add("rows were rejected: " + first.outcome.rejections());
			}
		}
		if (failures.isEmpty()) {
			System.out.printf("%nOK: first import < %.0f s, re-import idempotent, %,d regions%n", LIMIT_SECONDS, EXPECTED_ROWS);
		} else {
			failures.forEach(f -> System.out.println("FAILED: " + f));
			System.exit(1);
		}
	}

	private record Run(double seconds, ImportOutcome outcome) {
	}

	/**
	 * Times one importPath of the folder. Per-file times come from the progress callbacks: a file starts
	 * when the previous one ended (its last progress call, made after its upsert and before its commit)
	 * and its first phase, counting lines, ends at its total() call; the last file ends when importPath returns.
	 */
	private static Run run(String label, DivisionImport importer, Path folder) throws Exception {
		List<long[]> files = new ArrayList<>(); // per file: {counted, lastProgress, rows}
		ImportProgress progress = new ImportProgress() {
			@Override
			public void total(long total) {
				files.add(new long[] { System.nanoTime(), System.nanoTime(), total });
			}

			@Override
			public void processed(long processed) {
				files.get(files.size() - 1)[1] = System.nanoTime();
			}
		};
		long start = System.nanoTime();
		ImportOutcome outcome = importer.importPath(folder, progress);
		long end = System.nanoTime();
		double total = (end - start) / 1e9;
		System.out.printf("%s: %.2f s — %,d rows read, %,d accepted, %,d rejected%n", label, total, outcome.total(),
				outcome.accepted(), outcome.rejected());
		outcome.rejections().stream().limit(10).forEach(r -> System.out.println("  rejected " + r));
		System.out.println("  | file | rows | wall-clock s | count lines s | parse+COPY+upsert s |");
		System.out.println("  | --- | ---: | ---: | ---: | ---: |");
		long previous = start;
		for (int i = 0; i < files.size(); i++) {
			long[] f = files.get(i);
			long fileEnd = i == files.size() - 1 ? end : f[1];
			System.out.printf("  | %s | %,d | %.2f | %.2f | %.2f |%n", DivisionImport.DIRECTORY_FILES.get(i), f[2],
					(fileEnd - previous) / 1e9, (f[0] - previous) / 1e9, (fileEnd - f[0]) / 1e9);
			previous = fileEnd;
		}
		System.out.println();
		return new Run(total, outcome);
	}

	/** Runs psql \copy into keyed_regions as a subprocess and returns its wall-clock seconds. */
	private static double psqlCopy(int port, String table, Path csv) throws Exception {
		ProcessBuilder pb = new ProcessBuilder("/usr/bin/psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost",
				"-p", String.valueOf(port), "-U", "postgres", "-d", "postgres",
				"-c", "\\copy " + table + " FROM '" + csv + "' CSV").inheritIO();
		pb.environment().put("PGCONNECT_TIMEOUT", "10");
		long start = System.nanoTime();
		int rc = pb.start().waitFor();
		double s = seconds(start);
		if (rc != 0) {
			throw new IllegalStateException("psql exited with " + rc);
		}
		return s;
	}

	private static String query(DataSource ds, String sql) throws SQLException {
		try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static void execute(DataSource ds, String sql) throws SQLException {
		try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
			st.execute(sql);
		}
	}

	/** Without a logback configuration on the test classpath everything would log at DEBUG. */
	static void quietLogging() {
		if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
			root.setLevel(ch.qos.logback.classic.Level.WARN);
		}
	}

	private static double seconds(long startNanos) {
		return (System.nanoTime() - startNanos) / 1e9;
	}
}
