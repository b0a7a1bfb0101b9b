package org.fengqiao.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists and text search at a county's ten years (issue 15), measured as a user meets them: the packaged jar
 * ({@code target/fengqiao-*.jar}, or {@code --jar=}) started as its own process on a fresh, durable embedded
 * database with the demo data set; this JVM is the client. It clones the demo cases to 1,000,000 (734,302 in
 * 龙头镇; the clones are the demo's finished cases, their times shifted so that receipts spread over the ten years
 * before the demo's year) through the server's database, then times each request over HTTP, one at a time, with
 * the CPU the server JVM and PostgreSQL spent on it, and this client's own CPU at the end. Usage:
 * {@code CaseListBenchmark [--jar=…] [--cases=1000000] [--town-cases=734302] [--warmup=10] [--repeat=2] [--hold=s]}:
 * each request is first timed once as the server's first call of it after the load ("cold": its code partly
 * interpreted, its JIT compiling meanwhile), then every request is sent {@code --warmup} more times untimed, as a
 * server that has been up a while has served them, then timed {@code --repeat} times;
 * {@code --hold} keeps the application and its database up that many seconds after the runs and prints the
 * database's port, for psql and EXPLAIN.
 */
public final class CaseListBenchmark {

	static final String TOWN = "610722101000";
	/**
	 * Six months among the clones (two years back) that neither start nor end on a month's edge: whole months
	 * from the rollups, the two partial months live.
	 */
	static final java.time.LocalDate SIX_MONTHS_FROM = java.time.LocalDate.now().minusYears(2).withDayOfMonth(17);
	static final java.time.LocalDate SIX_MONTHS_TO = SIX_MONTHS_FROM.plusMonths(6).minusDays(1);
	static final String DESK_QUEUE = "RECEIVED,RETURNED,ESCALATED,REOPENED";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10)).build();
	private final JsonMapper json = JsonMapper.builder().build();
	private final String url;
	private final ProcessCpu server;

	private CaseListBenchmark(String url, ProcessCpu server) {
		this.url = url;
		this.server = server;
	}

	public static void main(String[] args) throws Exception {
		long total = 1_000_000;
		long town = 734_302;
		int repeat = 2;
		int warmup = 10;
		long hold = 0;
		Path jar = null;
		for (String a : args) {
			if (a.startsWith("--hold=")) {
				hold = Long.parseLong(a.substring(7));
			} else if (a.startsWith("--warmup=")) {
				warmup = Integer.parseInt(a.substring(9));
			} else if (a.startsWith("--repeat=")) {
				repeat = Integer.parseInt(a.substring(9));
			} else if (a.startsWith("--jar=")) {
				jar = Path.of(a.substring(6));
			} else if (a.startsWith("--cases=")) {
				total = Long.parseLong(a.substring(8));
			} else if (a.startsWith("--town-cases=")) {
				town = Long.parseLong(a.substring(13));
			} else {
				throw new IllegalArgumentException("unknown option " + a);
			}
		}
		jar = jar != null ? jar : packagedJar();
		System.out.printf("Java %s, %d CPUs, load average %.2f (a shared machine)%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), load());
		Path dataDir = Files.createTempDirectory("fengqiao-bench");
		Process app = null;
		try {
			int port = freePort();
			Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
			long t = System.nanoTime();
			app = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=" + port,
					"--fengqiao.data-dir=" + dataDir, "--logging.level.root=WARN")
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
			String url = "http://localhost:" + port;
			CaseListBenchmark bench = new CaseListBenchmark(url, null);
			bench.awaitLogin(app, log);
			ProcessCpu server = new ProcessCpu(app.pid(), port);
			System.out.printf("%s started as pid %d at %s, answering logins after %.1f s; its PostgreSQL pid %d, port %d; log %s%n",
					jar.getFileName(), app.pid(), url, seconds(t), server.postmasterPid, server.postgresPort, log);
			if (server.postgresPort == 0) {
				throw new IllegalStateException("the server's PostgreSQL was not found");
			}
			JdbcClient jdbc = JdbcClient.create(new DriverManagerDataSource(
					"jdbc:postgresql://localhost:" + server.postgresPort + "/postgres", "postgres", ""));
			System.out.printf("database LC_CTYPE %s%n", jdbc.sql("SELECT datctype FROM pg_database"
					+ " WHERE datname = current_database()").query(String.class).single());
			new CaseClones(jdbc).load(total, town);
			new CaseListBenchmark(url, server).run(warmup, repeat);
			if (hold > 0) {
				System.out.printf("holding for %d s; the database: psql -h localhost -p %d -U postgres postgres%n", hold,
						server.postgresPort);
				Thread.sleep(hold * 1000);
			}
		} finally {
			if (app != null) {
				app.destroy();
				app.waitFor();
			}
			try (Stream<Path> files = Files.walk(dataDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(p -> p.getFileName().toString().matches("fengqiao-.*\\.jar")).findFirst()
				.orElseThrow(() -> new IllegalStateException("no target/fengqiao-*.jar: ./mvnw -DskipTests package first"));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Waits until the demo accounts can log in (the demo data loads after the server first answers). */
	private void awaitLogin(Process app, Path log) throws Exception {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (true) {
			try {
				login("desk.longtou");
				return;
			} catch (IOException | IllegalStateException notYet) {
				if (!app.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException("the server did not start; its log: " + log, notYet);
				}
				Thread.sleep(250);
			}
		}
	}

	private void run(int warmup, int repeat) throws Exception {
		String desk = login("desk.longtou");
		String grid = login("grid.liuyi");
		String station = login("judicial.longtou");
		String leader = login("leader.longtou");
		String county = login("county.chenggu");
		List<String[]> runs = new ArrayList<>();
		runs.add(new String[] { "region list (desk.longtou)", desk, "/api/cases?region=" + TOWN + "&size=20" });
		runs.add(new String[] { "grid member's list (grid.liuyi)", grid, "/api/cases?size=20" });
		runs.add(new String[] { "station's list (judicial.longtou)", station, "/api/cases?size=20" });
		runs.add(new String[] { "desk queue (desk.longtou)", desk, "/api/cases?status=" + DESK_QUEUE + "&size=20" });
		runs.add(new String[] { "closed cases (desk.longtou)", desk, "/api/cases?status=CLOSED&size=20" });
		runs.add(new String[] { "merged cases (desk.longtou)", desk, "/api/cases?status=MERGED&size=20" });
		runs.add(new String[] { "to visit (desk.longtou)", desk, "/api/cases?status=FEEDBACK_GIVEN&size=20" });
		runs.add(new String[] { "q=宅基地 (desk.longtou)", desk, "/api/cases?size=20&q=" + enc("宅基地") });
		runs.add(new String[] { "q=纠纷 (desk.longtou)", desk, "/api/cases?size=20&q=" + enc("纠纷") });
		runs.add(new String[] { "q=噪音扰民 (desk.longtou)", desk, "/api/cases?size=20&q=" + enc("噪音扰民") });
		runs.add(new String[] { "overview (leader.longtou)", leader, "/api/stats/overview?region=" + TOWN });
		runs.add(new String[] { "six-month overview (leader.longtou)", leader,
				"/api/stats/overview?region=" + TOWN + "&from=" + SIX_MONTHS_FROM + "&to=" + SIX_MONTHS_TO });
		runs.add(new String[] { "trend by month (leader.longtou)", leader, "/api/stats/trend?by=MONTH&region=" + TOWN });
		runs.add(new String[] { "trend by unit, six months (leader.longtou)", leader,
				"/api/stats/trend?by=UNIT&region=" + TOWN + "&from=" + SIX_MONTHS_FROM + "&to=" + SIX_MONTHS_TO });
		runs.add(new String[] { "county overview (county.chenggu)", county, "/api/stats/overview" });
		runs.add(new String[] { "grid member's overview (grid.liuyi)", grid, "/api/stats/overview" });
		runs.add(new String[] { "station's trend by month (judicial.longtou)", station, "/api/stats/trend?by=MONTH" });
		runs.add(new String[] { "settlement (leader.longtou)", leader, "/api/stats/settlement?region=" + TOWN });
		runs.add(new String[] { "six-month settlement (leader.longtou)", leader,
				"/api/stats/settlement?region=" + TOWN + "&from=" + SIX_MONTHS_FROM + "&to=" + SIX_MONTHS_TO });
		runs.add(new String[] { "county settlement (county.chenggu)", county, "/api/stats/settlement" });
		System.out.printf("%n=== CaseListBenchmark: first pages over HTTP from another process, one at a time"
				+ " (time; CPU of the server JVM, its JIT compilers included, + its PostgreSQL, in 10 ms clock ticks) ===%n");
		long client = clientCpu();
		for (String[] r : runs) {
			time(r, "cold ");
		}
		long t = System.nanoTime();
		for (int round = 0; round < warmup; round++) {
			for (String[] r : runs) {
				get(r[2], r[1]);
			}
		}
		System.out.printf("(%d warm-up rounds of every request in %.1f s)%n", warmup, seconds(t));
		for (String[] r : runs) {
			for (int i = 1; i <= repeat; i++) {
				time(r, "run %d".formatted(i));
			}
		}
		System.out.printf("this client's CPU over the runs: %.0f ms; load average %.2f%n", (clientCpu() - client) / 1e6, load());
	}

	/** Sends one request and prints its time, the server's CPU and the shape of the answer. */
	private void time(String[] r, String label) throws Exception {
		long[] cpu = server.sample();
		long t = System.nanoTime();
		HttpResponse<String> response = get(r[2], r[1]);
		double ms = (System.nanoTime() - t) / 1e6;
		long[] after = server.sample();
		String shape = "";
		if (response.statusCode() == 200 && r[2].startsWith("/api/stats/settlement")) {
			JsonNode body = json.readTree(response.body());
			shape = "screened %d, mediated %d, settled %d".formatted(body.path("screened").asLong(),
					body.path("mediated").asLong(), body.path("settled").asLong());
		} else if (response.statusCode() == 200 && r[2].startsWith("/api/stats/overview")) {
			shape = "received %d".formatted(json.readTree(response.body()).path("received").asLong());
		} else if (response.statusCode() == 200 && r[2].startsWith("/api/stats/")) {
			shape = "rows %d".formatted(json.readTree(response.body()).size());
		} else if (response.statusCode() == 200 && r[2].startsWith("/api/cases")) {
			JsonNode body = json.readTree(response.body());
			shape = "items %d, total %d, totalExact %s".formatted(body.path("items").size(),
					body.path("total").asLong(), body.path("totalExact").asBoolean());
		}
		System.out.printf("%-48s %s: %8.1f ms  (CPU %5.1f + %5.1f ms)  HTTP %d  %s%n", r[0], label, ms,
				(after[0] - cpu[0]) / 1e6, (after[1] - cpu[1]) / 1e6, response.statusCode(), shape);
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json").header("Authorization", "Bearer " + token).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private String login(String username) throws Exception {
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/auth/login"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"Demo#2026\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 200) {
			throw new IllegalStateException("login of " + username + " failed: " + r.statusCode());
		}
		return json.readTree(r.body()).path("token").asString();
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static long clientCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
