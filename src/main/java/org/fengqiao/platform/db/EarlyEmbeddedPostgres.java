package org.fengqiao.platform.db;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.fengqiao.platform.FengqiaoProperties;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts the embedded PostgreSQL (with initdb on a fresh data directory) on a thread of its own as soon as the
 * context's settings are complete, so that it comes up while Spring reads its configuration and builds the
 * application, which takes seconds of the main thread; {@link EmbeddedDatabaseConfig} then takes the running
 * server. A server nobody took (other settings by then, or a failed start) is stopped. One instance per
 * {@code SpringApplication} (registered in {@code META-INF/spring.factories}).
 */
class EarlyEmbeddedPostgres implements ApplicationListener<SpringApplicationEvent> {

	/** The bean holding this run's early server; absent when none was started. */
	static final String BEAN = "fengqiao.earlyEmbeddedPostgres";

	/** A server being started for the given settings; {@link #take} hands it over once. */
	static final class Starting {

		private final FengqiaoProperties properties;
		private final CompletableFuture<EmbeddedPostgres> server;
		private boolean taken;

		Starting(FengqiaoProperties properties, CompletableFuture<EmbeddedPostgres> server) {
			this.properties = properties;
			this.server = server;
		}

		/** The started server when it was started for these settings, else null (the caller starts one). */
		synchronized EmbeddedPostgres take(FengqiaoProperties wanted) {
			if (taken) {
				return null;
			}
			taken = true;
			if (!properties.equals(wanted)) {
				// stopped before the caller starts its own, which may want the same directory
				server.handle((postgres, failure) -> postgres).thenAccept(EarlyEmbeddedPostgres::close).join();
				return null;
			}
			try {
				return server.join();
			} catch (CompletionException e) {
				throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
			}
		}

		/** Stops the server if nobody took it (other settings, or the application failed before it needed one). */
		synchronized void closeUnlessTaken() {
			if (!taken) {
				taken = true;
				server.thenAccept(EarlyEmbeddedPostgres::close);
			}
		}
	}

	private Starting starting;

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		// the context's initializers have run: its environment is complete (tests add their properties there)
		if (event instanceof ApplicationContextInitializedEvent initialized
				&& wanted(initialized.getApplicationContext().getEnvironment())) {
			FengqiaoProperties properties = Binder.get(initialized.getApplicationContext().getEnvironment())
				.bindOrCreate("fengqiao", FengqiaoProperties.class);
			CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					server.complete(EmbeddedDatabaseConfig.start(properties));
				} catch (Throwable e) {
					server.completeExceptionally(e);
				}
			}, "embedded-postgres-start");
			thread.setDaemon(true);
			thread.start();
			starting = new Starting(properties, server);
			initialized.getApplicationContext().getBeanFactory().registerSingleton(BEAN, starting);
		} else if ((event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent)
				&& starting != null) {
			starting.closeUnlessTaken();
			starting = null;
		}
	}

	/** The same condition as {@link EmbeddedDatabaseConfig}'s; not for the command-line tools' own runs. */
	private static boolean wanted(Environment environment) {
		return !environment.containsProperty("spring.datasource.url");
	}

	private static void close(EmbeddedPostgres postgres) {
		if (postgres == null) {
			return;
		}
		try {
			postgres.close();
		} catch (Exception e) {
			// the application is failing anyway; the server's own exit is all that is left
		}
	}
}
