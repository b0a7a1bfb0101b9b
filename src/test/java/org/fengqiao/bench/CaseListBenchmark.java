package org.fengqiao.bench;

import java.lang.management.ManagementFactory;
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

import org.fengqiao.FengqiaoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists and text search at a county's ten years (issue 15): starts the application in-process on a fresh
 * embedded database with the demo data set, clones the demo cases to 1,000,000 (734,302 in 龙头镇; the clones
 * are the demo's finished cases, their times shifted so that receipts spread over the ten years before the
 * demo's year), then times each list over HTTP twice. The HTTP client runs in the server's JVM, one request at
 * a time. Usage: {@code CaseListBenchmark [--cases=1000000] [--town-cases=734302] [--repeat=2] [--explain] [--hold=s]}:
 * {@code --hold} keeps the application and its database up that many seconds after the runs (it prints the
 * database's port), for psql;
 * {@code --repeat} runs each request more often (pgjdbc and PostgreSQL switch to a generic plan from about the
 * tenth execution), {@code --explain} logs PostgreSQL's {@code EXPLAIN (ANALYZE, BUFFERS)} of every statement
 * of the last run (auto_explain, as notices the application's JdbcTemplate logs); its times include the analysis.
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

	private CaseListBenchmark(String url) {
		this.url = url;
	}

	public static void main(String[] args) throws Exception {
		long total = 1_000_000;
		long town = 734_302;
		int repeat = 2;
		boolean explain = false;
		long hold = 0;
		for (String a : args) {
			if (a.startsWith("--hold=")) {
				hold = Long.parseLong(a.substring(7));
			}
			if (a.startsWith("--repeat=")) {
				repeat = Integer.parseInt(a.substring(9));
			}
			explain |= a.equals("--explain");
			if (a.startsWith("--cases=")) {
				total = Long.parseLong(a.substring(8));
			} else if (a.startsWith("--town-cases=")) {
				town = Long.parseLong(a.substring(13));
			}
		}
		System.out.printf("Java %s, %d CPUs, load average %.2f (a shared machine)%n", Runtime.version(),
				Runtime.getRuntime().availableProcessors(), load());
		Path dataDir = Files.createTempDirectory("fengqiao-bench");
		ConfigurableApplicationContext app = null;
		try {
			long t = System.nanoTime();
			app = new SpringApplicationBuilder(FengqiaoApplication.class).run("--server.port=0",
					"--fengqiao.data-dir=" + dataDir, "--fengqiao.embedded-persistent=false", "--fengqiao.demo=true",
					"--logging.level.root=WARN", "--logging.level.org.springframework.jdbc.core.JdbcTemplate=" + (explain ? "DEBUG" : "WARN"));
			String url = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			System.out.printf("application started in-process at %s in %.1f s%n", url, seconds(t));
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			System.out.printf("database LC_CTYPE %s%n", jdbc.sql("SELECT datctype FROM pg_database"
					+ " WHERE datname = current_database()").query(String.class).single());
			new CaseClones(jdbc).load(total, town);
			new CaseListBenchmark(url).run(repeat, explain ? app : null);
			if (hold > 0) {
				System.out.printf("holding for %d s; the database: %s%n", hold, jdbc.sql("SELECT 'port ' || setting FROM"
						+ " pg_settings WHERE name = 'port'").query(String.class).single());
				Thread.sleep(hold * 1000);
			}
		} finally {
			if (app != null) {
				app.close();
			}
			try (Stream<Path> files = Files.walk(dataDir)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	private void run(int repeat, ConfigurableApplicationContext explain) throws Exception {
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
		System.out.printf("%n=== CaseListBenchmark: first pages over HTTP, client in the same JVM, one at a time ===%n");
		for (String[] r : runs) {
			for (int i = 1; i <= repeat; i++) {
				if (explain != null && i == repeat) {
					explain(explain, true);
				}
				long t = System.nanoTime();
				HttpResponse<String> response = get(r[2], r[1]);
				double ms = (System.nanoTime() - t) / 1e6;
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
				if (explain != null && i == repeat) {
					explain(explain, false);
				}
				System.out.printf("%-48s run %d: %8.1f ms  HTTP %d  %s%n", r[0], i, ms, response.statusCode(), shape);
			}
		}
		System.out.printf("load average %.2f%n", load());
	}

	/**
	 * Switches auto_explain on or off for new connections and renews the pool's connections: each plan comes to
	 * the client as a notice, which JdbcTemplate logs at DEBUG ("SQLWarning ignored").
	 */
	private static void explain(ConfigurableApplicationContext app, boolean on) {
		JdbcClient jdbc = app.getBean(JdbcClient.class);
		for (String setting : List.of("session_preload_libraries = 'auto_explain'", "auto_explain.log_min_duration = 0",
				"auto_explain.log_analyze = on", "auto_explain.log_buffers = on", "auto_explain.log_level = notice")) {
			jdbc.sql("ALTER DATABASE postgres " + (on ? "SET " + setting : "RESET " + setting.split(" ")[0])).update();
		}
		app.getBean(com.zaxxer.hikari.HikariDataSource.class).getHikariPoolMXBean().softEvictConnections();
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

	static double load() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
