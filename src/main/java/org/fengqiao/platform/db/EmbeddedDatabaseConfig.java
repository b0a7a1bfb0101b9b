package org.fengqiao.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.fengqiao.platform.FengqiaoProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With no {@code spring.datasource.url}, Fengqiao starts its own PostgreSQL, keeping its data in
 * {@code <data-dir>/pgdata} so that a restart loses nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfig.NoDatasourceUrl.class)
class EmbeddedDatabaseConfig {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

	/** The server {@link EarlyEmbeddedPostgres} started for these settings, or a new one. */
	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(FengqiaoProperties properties,
			ObjectProvider<EarlyEmbeddedPostgres.Starting> early) throws IOException {
		EarlyEmbeddedPostgres.Starting starting = early.getIfAvailable();
		EmbeddedPostgres started = starting == null ? null : starting.take(properties);
		return started != null ? started : start(properties);
	}

	static EmbeddedPostgres start(FengqiaoProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "UTC");
		if (linux()) {
			// pg_trgm keeps Chinese characters only under a UTF-8 LC_CTYPE; C.UTF-8 exists on every Linux
			// (elsewhere initdb takes the user's locale, usually UTF-8 too; DatabaseLocaleCheck warns if not)
			builder.setLocaleConfig("locale", "C.UTF-8")
				// PostgreSQL 17's own C.UTF-8 collation: the same code-point order as glibc's, compared as bytes
				// (a fifth less time inserting into a name index, sorts with abbreviated keys)
				.setLocaleConfig("locale-provider", "builtin")
				.setLocaleConfig("builtin-locale", "C.UTF-8");
		}
		if (properties.embeddedPersistent()) {
			Path dir = properties.dataDir().resolve("pgdata");
			Files.createDirectories(dir.getParent());
			stopOrphanedServer(dir);
			builder.setDataDirectory(dir).setCleanDataDirectory(false)
				// the embedded server's defaults trade durability for speed; real data must survive a power loss
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
			log.info("embedded PostgreSQL data directory: {}", dir);
		}
		return builder.start();
	}

	private static boolean linux() {
		return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("linux");
	}

	/**
	 * The pool's settings: these defaults, then the usual {@code spring.datasource.hikari.*} properties bound over
	 * them, as a database URL's pool takes them. The database runs on this machine's cores, so the pool is sized
	 * for them ({@link #defaultPoolSize}); requests beyond it wait for a connection instead of crowding the server.
	 */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariConfig embeddedPoolConfig(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(defaultPoolSize(Runtime.getRuntime().availableProcessors()));
		config.setPoolName("fengqiao-embedded");
		return config;
	}

	/**
	 * Two connections per core and one more (HikariCP's rule of thumb: a connection's statement waits on the disk
	 * or the network part of the time). On 2 cores, at 32 clients of the case lifecycle (issue 15, 180 s warm-up),
	 * pools of 3 / 5 / 6 / 10 / 20 / 32 gave 101 / 108–115 / 106 / 91–107 / 96–103 / 90–95 lifecycles per second at
	 * a p99 of 110 / 89–100 / 99 / 101–123 / 190–210 / 335–344 ms: more connections only queue more transactions on
	 * the same cores and locks (the town's case counter row), and their backends crowd the cores.
	 */
	static int defaultPoolSize(int cores) {
		return 2 * cores + 1;
	}

	/** Closed before the server stops, because it depends on it. */
	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(HikariConfig embeddedPoolConfig) {
		return new HikariDataSource(embeddedPoolConfig);
	}

	/** After a kill -9 the postmaster may survive and hold the directory: stop it first. */
	private static void stopOrphanedServer(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		} catch (NumberFormatException e) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		if (process.isPresent()) {
			log.warn("stopping an orphaned embedded PostgreSQL (pid {}) left by an earlier run", pid);
			process.get().destroy();
			try {
				process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			} catch (Exception e) {
				process.get().destroyForcibly();
			}
		}
	}

	static class NoDatasourceUrl implements Condition {
		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !context.getEnvironment().containsProperty("spring.datasource.url");
		}
	}
}
