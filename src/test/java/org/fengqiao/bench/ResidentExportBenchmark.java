package org.fengqiao.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.fengqiao.FengqiaoApplication;
import org.fengqiao.people.RegisterWorkbooks;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The register export's memory (issue 13): 100,000 residents imported into one grid, then exported as one workbook
 * while the heap's peak is measured. Run it in a JVM of its own with a small heap, so a bounded export is proven by
 * finishing at all: {@code java -Xmx128m -cp target/test-classes:target/classes:$(cat target/test-classpath.txt)
 * org.fengqiao.bench.ResidentExportBenchmark} after {@code ./mvnw -q test-compile dependency:build-classpath
 * -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt} (the README's Benchmarks).
 * Usage: {@code ResidentExportBenchmark [rows]}.
 */
public final class ResidentExportBenchmark {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private ResidentExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path dir = Files.createTempDirectory("fengqiao-bench");
		System.out.printf("Java %s, max heap %d MB%n", Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);
		ConfigurableApplicationContext app = SpringApplication.run(FengqiaoApplication.class, "--server.port=0",
				"--fengqiao.data-dir=" + dir, "--fengqiao.embedded-persistent=false", "--fengqiao.demo=true",
				"--logging.level.root=WARN");
		try {
			String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
			String token = ResidentImportBenchmark.login(base, "desk.longtou");
			String grid = "61072210121300102";
			byte[] workbook = RegisterWorkbooks.generate(rows, 9, "610722101213", grid, false).bytes();
			System.out.printf("imported: %s rows%n",
					ResidentImportBenchmark.importAndWait(base, token, workbook).path("accepted").asText());
			workbook = null;
			List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(p -> p.getType() == MemoryType.HEAP).toList();
			System.gc();
			long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
			heap.forEach(MemoryPoolMXBean::resetPeakUsage);
			long t = System.nanoTime();
			HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(
					URI.create(base + "/api/residents/export.xlsx?grid=" + grid)).header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofInputStream());
			if (r.statusCode() != 200) {
				throw new IllegalStateException("export answered HTTP " + r.statusCode());
			}
			long bytes;
			try (InputStream in = r.body()) {
				bytes = in.transferTo(OutputStream.nullOutputStream());
			}
			double seconds = (System.nanoTime() - t) / 1e9;
			long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
			System.out.printf("export of %,d rows: %.1f MB in %.2f s; heap used %d MB before, peak %d MB during "
					+ "(sum of the heap pools' peaks, an upper bound), max heap %d MB%n", rows, bytes / 1e6, seconds,
					before >> 20, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
		} finally {
			app.close();
		}
	}
}
