package org.fengqiao.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.fengqiao.platform.imports.Importer.ImportOutcome;
import org.fengqiao.platform.imports.Importer.ImportProgress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The first import into an empty {@code regions} (COPY straight into the table, the path the national
 * import takes on a new installation), on its own embedded database: the application's test database
 * already holds the demo regions, so there it always takes the upsert.
 */
class DivisionImportFirstLoadTests {

	private static final Instant FIRST = Instant.parse("2026-03-01T08:15:30.123456Z");
	private static final Instant LATER = Instant.parse("2026-03-02T00:00:00Z");
	private static final ImportProgress NO_PROGRESS = new ImportProgress() {
		@Override
		public void total(long total) {
		}

		@Override
		public void processed(long processed) {
		}
	};

	static EmbeddedPostgres pg;
	static DataSource ds;
	static JdbcClient jdbc;

	@BeforeAll
	static void start() throws Exception {
		pg = EmbeddedPostgres.builder().setRegisterShutdownHook(false).setPGStartupWait(Duration.ofSeconds(60)).start();
		ds = pg.getPostgresDatabase();
		Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
		jdbc = JdbcClient.create(ds);
	}

	@AfterAll
	static void stop() throws Exception {
		pg.close();
	}

	@BeforeEach
	void emptyRegions() {
		jdbc.sql("TRUNCATE regions CASCADE").update();
	}

	@Test
	void a_first_import_writes_exactly_the_rows_the_upsert_writes_and_a_reimport_changes_nothing() throws Exception {
		Path folder = Path.of(getClass().getResource("/divisions-sample/provinces.csv").toURI()).getParent();
		for (String file : DivisionImport.DIRECTORY_FILES) { // importStream always takes the staging upsert
			try (InputStream in = Files.newInputStream(folder.resolve(file))) {
				importer(FIRST).importStream(in, NO_PROGRESS);
			}
		}
		List<String> upserted = rows();
		emptyRegions();

		ImportOutcome first = importer(FIRST).importPath(folder, NO_PROGRESS);
		List<String> copied = rows();
		ImportOutcome again = importer(LATER).importPath(folder, NO_PROGRESS);

		assertThat(first.rejected()).isZero();
		assertThat(copied).hasSizeGreaterThan(50).isEqualTo(upserted);
		assertThat(again.rejected()).isZero();
		assertThat(rows()).isEqualTo(copied);
		assertThat(jdbc.sql("SELECT count(*) FROM regions WHERE updated_at <> ?").param(FIRST.atOffset(ZoneOffset.UTC))
			.query(Long.class).single()).as("rows the re-import rewrote").isZero();
		assertThat(copied).contains("441900000000|东莞市|CITY|440000000000|null",
				"441900003001|" + name("441900003001") + "|VILLAGE|441900003000|COMMUNITY");
	}

	@Test
	void a_first_import_of_a_file_that_repeats_a_code_keeps_one_row_and_rejects_nothing(@TempDir Path dir)
			throws Exception {
		Path provinces = Files.writeString(dir.resolve("provinces.csv"), "code,name\n44,广东省\n",
				StandardCharsets.UTF_8);
		Path cities = Files.writeString(dir.resolve("cities.csv"),
				"code,name,provinceCode\n4401,广州市,44\n4403,深圳市,44\n4401,广州市,44\n", StandardCharsets.UTF_8);
		importer(FIRST).importFile(provinces, NO_PROGRESS);

		ImportOutcome outcome = importer(FIRST).importFile(cities, NO_PROGRESS);

		assertThat(outcome.rejected()).isZero();
		assertThat(jdbc.sql("SELECT code FROM regions WHERE level = 'CITY' ORDER BY code").query(String.class).list())
			.containsExactly("440100000000", "440300000000");
	}

	@Test
	void names_with_tabs_and_backslashes_arrive_as_written(@TempDir Path dir) throws Exception {
		Path provinces = Files.writeString(dir.resolve("provinces.csv"), "code,name\n44,\"广东\\省\t北\"\n",
				StandardCharsets.UTF_8);

		importer(FIRST).importFile(provinces, NO_PROGRESS);

		assertThat(jdbc.sql("SELECT name FROM regions WHERE code = '440000000000'").query(String.class).single())
			.isEqualTo("广东\\省\t北");
	}

	private static DivisionImport importer(Instant now) {
		return new DivisionImport(ds, Clock.fixed(now, ZoneOffset.UTC));
	}

	private static List<String> rows() {
		return jdbc.sql("SELECT concat_ws('|', code, name, level, coalesce(parent_code, 'null'), coalesce(kind, 'null'))"
				+ " FROM regions ORDER BY code").query(String.class).list();
	}

	private static String name(String code) {
		return jdbc.sql("SELECT name FROM regions WHERE code = ?").param(code).query(String.class).single();
	}
}
