package org.fengqiao.region;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.fengqiao.platform.imports.Importer.ImportOutcome;
import org.fengqiao.platform.imports.Importer.ImportProgress;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Imports NBS division tables (the {@code divisions/} CSV or .csv.gz files, or the padded seed format)
 * into {@code regions}: rows stream through PostgreSQL COPY into a staging table, then one upsert
 * inserts new codes and updates changed ones, so a re-import never duplicates. Plain Java over a
 * DataSource, so the benchmark and the command line use exactly what the endpoint uses.
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
		long lines;
		try (var reader = new java.io.BufferedReader(open(Files.newInputStream(file)))) {
			lines = Math.max(0, reader.lines().count() - 1);
		}
		progress.total(lines);
		try (Reader reader = open(Files.newInputStream(file))) {
			return importReader(reader, progress);
		}
	}

	public ImportOutcome importStream(InputStream in, ImportProgress progress) throws IOException {
		try (Reader reader = open(in)) {
			return importReader(reader, progress);
		}
	}

	private static Reader open(InputStream raw) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
		in.mark(2);
		int b1 = in.read();
		int b2 = in.read();
		in.reset();
		InputStream data = (b1 == 0x1f && b2 == 0x8b) ? new GZIPInputStream(in, 1 << 16) : in;
		return new InputStreamReader(data, StandardCharsets.UTF_8);
	}

	private ImportOutcome importReader(Reader reader, ImportProgress progress) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				ImportOutcome outcome = copyAndUpsert(connection, CSVParser.parse(reader, format), progress);
				connection.commit();
				return outcome;
			} catch (SQLException | IOException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new IOException("division import failed: " + e.getMessage(), e);
		}
	}

	private ImportOutcome copyAndUpsert(Connection connection, CSVParser parser, ImportProgress progress)
			throws SQLException, IOException {
		try (Statement st = connection.createStatement()) {
			st.execute("SELECT pg_advisory_xact_lock(hashtext('fengqiao.regions.import'))");
			st.execute("SET LOCAL work_mem = '64MB'"); // the upsert sorts 620k village rows: keep it in memory
			st.execute("""
					CREATE TEMP TABLE region_staging (code varchar(12), name varchar(100), level varchar(10),
					    parent_code varchar(12), kind varchar(10)) ON COMMIT DROP
					""");
		}
		DivisionRow.Format rowFormat = DivisionRow.Format.detect(parser.getHeaderNames());
		long total = 0;
		long rejected = 0;
		List<String> rejections = new ArrayList<>();
		PGConnection pg = connection.unwrap(PGConnection.class);
		try (Writer out = new BufferedWriter(new OutputStreamWriter(
				new PGCopyOutputStream(pg, "COPY region_staging FROM STDIN (FORMAT csv)", 1 << 16),
				StandardCharsets.UTF_8), 1 << 16); CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			for (CSVRecord record : parser) {
				total++;
				DivisionRow.Parsed parsed = DivisionRow.parse(rowFormat, record);
				if (parsed.rejection() != null) {
					rejected++;
					if (rejections.size() < MAX_REJECTIONS_LISTED) {
						rejections.add("第 " + (record.getRecordNumber() + 1) + " 行: " + parsed.rejection());
					}
				} else if (parsed.region() != null) {
					Region r = parsed.region();
					printer.printRecord(r.code(), r.name(), r.level().name(), r.parentCode(), r.kind());
				}
				if (total % 50_000 == 0) {
					progress.processed(total);
				}
			}
		}
		try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
			upsert.setTimestamp(1, Timestamp.from(clock.instant()));
			upsert.executeUpdate();
		}
		progress.processed(total);
		return new ImportOutcome(total, total - rejected, rejected, rejections);
	}
}
