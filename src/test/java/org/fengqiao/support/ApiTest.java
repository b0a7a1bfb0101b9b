package org.fengqiao.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the HTTP integration tests: the whole application on a real embedded PostgreSQL with the demo
 * data set, in a temporary data directory, on a fixed clock (2026-03-05 14:30 Asia/Shanghai). All
 * subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfig.class)
public abstract class ApiTest {

	public static final Instant NOW = Instant.parse("2026-03-05T06:30:00Z");

	private static final Path DATA_DIR;

	static {
		try {
			DATA_DIR = Files.createTempDirectory("fengqiao-test");
		} catch (IOException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("fengqiao.data-dir", DATA_DIR::toString);
		registry.add("fengqiao.embedded-persistent", () -> "false");
		registry.add("fengqiao.demo", () -> "true");
	}

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	protected Api api;

	/** Moves the clock; tokens older than their lifetime are dropped so the next call logs in again. */
	protected void advance(java.time.Duration duration) {
		clock.advance(duration);
		api.logoutAll();
	}

	/** Sets the clock; the next call of each user logs in again. */
	protected void setClock(Instant instant) {
		clock.set(instant);
		api.logoutAll();
	}

	@BeforeEach
	void connect() {
		clock.set(NOW);
		api = new Api(port);
	}
}
