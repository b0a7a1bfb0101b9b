package org.fengqiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.fengqiao.FengqiaoApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database keeps its data in the data directory: a restart loses nothing. */
class EmbeddedDatabasePersistenceTests {

	@TempDir
	Path dataDir;

	@Test
	void what_one_run_wrote_is_there_after_a_restart_and_the_first_admin_is_created_once() {
		String firstHash;
		try (ConfigurableApplicationContext first = start()) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			firstHash = jdbc.sql("SELECT password_hash FROM users WHERE username = 'admin'").query(String.class).single();
			jdbc.sql("INSERT INTO audit_log (at, actor, action, record_type) VALUES (now(), 'test', 'MARK', 'test')").update();
		}
		assertThat(Files.exists(dataDir.resolve("pgdata/PG_VERSION"))).isTrue();
		assertThat(Files.exists(dataDir.resolve("encryption.key"))).isTrue();

		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE action = 'MARK'").query(Long.class).single())
				.isEqualTo(1);
			assertThat(jdbc.sql("SELECT password_hash FROM users WHERE username = 'admin'").query(String.class).single())
				.isEqualTo(firstHash);
			assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(FengqiaoApplication.class).web(WebApplicationType.NONE)
			.run("--fengqiao.data-dir=" + dataDir, "--fengqiao.demo=false", "--fengqiao.admin-password=First#Admin2026",
					"--logging.level.root=WARN");
	}
}
