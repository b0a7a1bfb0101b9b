package org.fengqiao.region;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fengqiao.platform.imports.Importer.ImportOutcome;
import org.fengqiao.platform.imports.Importer.ImportProgress;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Imports NBS division tables (the {@code divisions/} CSV or .csv.gz files, or the padded seed format)
 * into {@code regions}. A file of one level that {@code regions} has no row of yet (a first import)
 * streams through COPY straight into {@code regions}; should any code exist after all (a duplicate, a
 * concurrent writer) that transaction rolls back and the file is imported again the general way: COPY
 * into a staging table, then one upsert inserts new codes and updates changed ones, so a re-import
 * never duplicates. Plain Java over a DataSource, so the benchmark and the command line use exactly
 * what the endpoint uses.
 */
public final class DivisionImport {

	private static final int MAX_REJECTIONS_LISTED = 50;
	private static final String UPSERT = """
			INSERT INTO regions AS r (code, name, level, parent_code, kind, updated_at)
			    SELECT DISTINCT ON (code) code, name, level, parent_code, kind, ? FROM region_staging ORDER BY code
			    ON CONFLICT (code) DO UPDATE
			        SET name = excluded.name, level = excluded.level, parent_code = excluded.parent_code,
			            kind = excluded.kind, updated_at = excluded.updated_at
			        WHERE (r.name, r.level, r.parent_code, r.kind)
			              IS DISTINCT FROM (excluded.name, excluded.level, excluded.parent_code, excluded.kind)
			""";

	/** Files of a divisions folder, parents first. */
	public static final List<String> DIRECTORY_FILES = List.of("provinces.csv", "cities.csv", "areas.csv",
			"streets.csv.gz", "villages.csv.gz");

	private final DataSource dataSource;
	private final Clock clock;

	public DivisionImport(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	/** Imports every division file of a folder (or one file), parents first. */
	public ImportOutcome importPath(Path path, ImportProgress progress) throws IOException {
		if (!Files.isDirectory(path)) {
			return importFile(path, progress);
		}
		long total = 0;
		long accepted = 0;
		long rejected = 0;
		List<String> rejections = new ArrayList<>();
		for (String name : DIRECTORY_FILES) {
			Path file = path.resolve(name);
			if (!Files.exists(file)) {
				file = path.resolve(name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name + ".gz");
			}
			if (Files.exists(file)) {
				ImportOutcome one = importFile(file, progress);
				total += one.total();
				accepted += one.accepted();
				rejected += one.rejected();
				rejections.addAll(one.rejections());
			}
		}
		return new ImportOutcome(total, accepted, rejected, rejections);
	}

	public ImportOutcome importFile(Path file, ImportProgress progress) throws IOException {
		progress.total(countRows(file));
		try (Reader reader = open(Files.newInputStream(file))) {
			return importReader(reader, progress, true);
		} catch (ExistingCodes e) {
			try (Reader reader = open(Files.newInputStream(file))) {
				return importReader(reader, progress, false);
			}
		}
	}

	public ImportOutcome importStream(InputStream in, ImportProgress progress) throws IOException {
		try (Reader reader = open(in)) {
			return importReader(reader, progress, false);
		}
	}

	/** The lines after the header, as {@code BufferedReader.lines()} counts them, from the bytes (no decoding). */
	private static long countRows(Path file) throws IOException {
		long lines = 0;
		int last = '\n';
		try (InputStream in = decompressed(Files.newInputStream(file))) {
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
				last = buffer[n - 1];
			}
		}
		return Math.max(0, (last == '\n' ? lines : lines + 1) - 1);
	}

	private static Reader open(InputStream raw) throws IOException {
		return new InputStreamReader(decompressed(raw), StandardCharsets.UTF_8);
	}

	private static InputStream decompressed(InputStream raw) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
		in.mark(2);
		int b1 = in.read();
		int b2 = in.read();
		in.reset();
		return (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(in, 1 << 16) : in;
	}

	private ImportOutcome importReader(Reader reader, ImportProgress progress, boolean direct) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				ImportOutcome outcome = copyAndUpsert(connection, CSVParser.parse(reader, format), progress, direct);
				connection.commit();
				return outcome;
			} catch (SQLException | IOException | RuntimeException e) {
				connection.rollback();
				if (direct && isUniqueViolation(e)) {
					throw new ExistingCodes();
				}
				throw e;
			}
		} catch (SQLException e) {
			throw new IOException("division import failed: " + e.getMessage(), e);
		}
	}

	private ImportOutcome copyAndUpsert(Connection connection, CSVParser parser, ImportProgress progress,
			boolean mayCopyDirectly) throws SQLException, IOException {
		try (Statement st = connection.createStatement()) {
			st.execute("SELECT pg_advisory_xact_lock(hashtext('fengqiao.regions.import'))");
		}
		DivisionRow.Format rowFormat = DivisionRow.Format.detect(parser.getHeaderNames());
		boolean direct = mayCopyDirectly && rowFormat.level != null && noRegionAt(connection, rowFormat.level);
		Instant updatedAt = clock.instant();
		if (!direct) {
			try (Statement st = connection.createStatement()) {
				st.execute("SET LOCAL work_mem = '64MB'"); // the upsert sorts 620k village rows: keep it in memory
				st.execute("""
						CREATE TEMP TABLE region_staging (code varchar(12), name varchar(100), level varchar(10),
						    parent_code varchar(12), kind varchar(10)) ON COMMIT DROP
						""");
			}
		}
		long total = 0;
		long rejected = 0;
		List<String> rejections = new ArrayList<>();
		String copy = direct ? "COPY regions (code, name, level, parent_code, kind, updated_at) FROM STDIN (FORMAT binary)"
				: "COPY region_staging FROM STDIN (FORMAT binary)";
		PGConnection pg = connection.unwrap(PGConnection.class);
		try (RegionCopyWriter rows = new RegionCopyWriter(new PGCopyOutputStream(pg, copy, 1 << 16))) {
			for (CSVRecord record : parser) {
				total++;
				DivisionRow.Parsed parsed = DivisionRow.parse(rowFormat, record);
				if (parsed.rejection() != null) {
					rejected++;
					if (rejections.size() < MAX_REJECTIONS_LISTED) {
						rejections.add("第 " + (record.getRecordNumber() + 1) + " 行: " + parsed.rejection());
					}
				} else if (parsed.region() != null && direct) {
					rows.write(parsed.region(), updatedAt);
				} else if (parsed.region() != null) {
					rows.write(parsed.region());
				}
				if (total % 50_000 == 0) {
					progress.processed(total);
				}
			}
		}
		if (!direct) {
			try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
				upsert.setTimestamp(1, Timestamp.from(clock.instant()));
				upsert.executeUpdate();
			}
		}
		progress.processed(total);
		return new ImportOutcome(total, total - rejected, rejected, rejections);
	}

	/** True when {@code regions} has no row of the level yet, so none of a file of that level can be there. */
	@org.fengqiao.platform.ReadsAcrossScopes(reason = "the national import (administrators only) asks whether any region of a level exists anywhere")
	private static boolean noRegionAt(Connection connection, RegionLevel level) throws SQLException {
		try (PreparedStatement st = connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM regions WHERE level = ?)")) {
			st.setString(1, level.name());
			try (ResultSet rs = st.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	private static boolean isUniqueViolation(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/** A direct COPY met a code that exists: the file is imported again through the upsert. */
	private static final class ExistingCodes extends RuntimeException {
		ExistingCodes() {
			super(null, null, false, false);
		}
	}
}
