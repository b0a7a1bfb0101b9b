package org.fengqiao.region;

import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.fengqiao.platform.imports.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar fengqiao.jar --import-divisions=<folder or file>}: imports the national division
 * tables with progress in the log, then exits.
 */
@Component
@Order(0)
class DivisionImportCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DivisionImportCommand.class);

	private final DataSource dataSource;
	private final Clock clock;

	DivisionImportCommand(DataSource dataSource, Clock clock) {
		this.dataSource = dataSource;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!args.containsOption("import-divisions")) {
			return;
		}
		DivisionImport divisions = new DivisionImport(dataSource, clock);
		for (String value : args.getOptionValues("import-divisions")) {
			long started = System.nanoTime();
			Importer.ImportOutcome outcome = divisions.importPath(Path.of(value), new Importer.ImportProgress() {
				long total;

				@Override
				public void total(long total) {
					this.total = total;
				}

				@Override
				public void processed(long processed) {
					log.info("division import: {} / {} rows", processed, total);
				}
			});
			log.info("division import of {} done in {} ms: {} rows, {} accepted, {} rejected", value,
					(System.nanoTime() - started) / 1_000_000, outcome.total(), outcome.accepted(), outcome.rejected());
			outcome.rejections().forEach(r -> log.warn("rejected: {}", r));
		}
	}
}
