package org.fengqiao.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.fengqiao.platform.FengqiaoProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/** The embedded database's connection pool, on a real embedded PostgreSQL of its own. */
class EmbeddedPoolTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class, EmbeddedDatabaseConfig.class)
		.withPropertyValues("fengqiao.embedded-persistent=false");

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(FengqiaoProperties.class)
	static class Settings {
	}

	@Test
	void the_pool_is_sized_for_the_cores_it_shares_with_its_database() {
		context.run(c -> {
			assertThat(c).hasNotFailed();
			int cores = Runtime.getRuntime().availableProcessors();
			assertThat(c.getBean(HikariDataSource.class).getMaximumPoolSize())
				.isEqualTo(EmbeddedDatabaseConfig.defaultPoolSize(cores));
			assertThat(EmbeddedDatabaseConfig.defaultPoolSize(2)).as("the 2-core machine issue 15 measured").isEqualTo(5);
			assertThat(EmbeddedDatabaseConfig.defaultPoolSize(8)).isEqualTo(17);
		});
	}

	@Test
	void the_usual_spring_datasource_hikari_settings_size_it() throws Exception {
		context.withPropertyValues("spring.datasource.hikari.maximum-pool-size=7").run(c -> {
			assertThat(c).hasNotFailed();
			HikariDataSource pool = c.getBean(HikariDataSource.class);
			assertThat(pool.getMaximumPoolSize()).isEqualTo(7);
			try (Connection connection = pool.getConnection(); Statement st = connection.createStatement();
					ResultSet rs = st.executeQuery("SELECT current_setting('server_version_num')")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(170000);
			}
		});
	}
}
