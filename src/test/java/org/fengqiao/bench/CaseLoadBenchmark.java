package org.fengqiao.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;
import org.apache.hc.core5.util.Timeout;
import org.fengqiao.FengqiaoApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load benchmark of the case loop: {@code --clients} threads each repeat create → dispatch → accept → start →
 * resolve → feedback → visit → close over HTTP/1.1 keep-alive for {@code --warmup} then {@code --seconds}
 * seconds ({@code --max-lifecycles} bounds the count), recording every request's latency and every failure
 * (non-2xx, by its {@code code}). The client is Apache HttpClient's blocking one, each request sent and its answer
 * read on the client's own thread. The JDK's client hands each request to its selector thread and back: on the 2-core
 * machine the driver shares with the server it took 1.72 ms of CPU per lifecycle (0.29 cores), this one 0.79 ms
 * (0.14 cores), which leaves the server its share. Cases vary over 龙头镇's villages; every 10th create carries an
 * Idempotency-Key.
 * Without {@code --url=http://…} the whole application is started in-process on a random port with a fresh
 * embedded database and the demo data set, and {@link LoadProbe} adds server-side diagnostics. {@code --ceiling=10}
 * first measures the cheapest GET endpoints with the same clients, the upper bound of what any step can reach.
 */
public final class CaseLoadBenchmark {

	static final String TOWN = "610722101000";
	static final String LEAD_UNIT = TOWN + "-JUDICIAL_OFFICE";
	static final String[] ACTIONS = { "create", "dispatch", "accept", "start", "resolve", "feedback", "visit", "close" };
	static final int STEPS = 8;
	static final String[] BODIES = { null, "{\"leadUnit\":\"" + LEAD_UNIT + "\"}", "{}", "{}",
			"{\"result\":\"经司法所调解，双方达成调解协议\"}", "{\"method\":\"PHONE\",\"message\":\"已电话告知调解结果\"}",
			"{\"satisfaction\":\"SATISFIED\",\"comment\":\"群众满意\"}", "{\"comment\":\"办结归档\"}" };
	/** Who takes each step: the town desk (0) or the judicial office (1). */
	static final int[] ACTOR = { 0, 0, 1, 1, 1, 0, 0, 0 };
	static final String[] CATEGORIES = { "DISPUTE_NEIGHBOR", "DISPUTE_NEIGHBOR_NOISE", "DISPUTE_NEIGHBOR_DAILY",
			"DISPUTE_LAND_CONTRACT", "DISPUTE_DEBT_LOAN" };
	static final String[] TOPICS = { "宅基地界址", "夜间噪音", "排水沟堵塞", "借款未还", "承包地边界", "牲畜踩踏庄稼", "楼道堆放杂物" };
	private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([^\"]*)\"");
	private static final Pattern NUMBER = Pattern.compile("\"number\"\\s*:\\s*\"([^\"]*)\"");

	/** What one client thread measured (only lifecycles that started after the warm-up). */
	static final class Client {
		final Latencies[] byAction = Stream.generate(Latencies::new).limit(ACTIONS.length).toArray(Latencies[]::new);
		final Map<String, Long> failures = new TreeMap<>();
		long lifecycles, flaggedRepeats, warmupFailures, lastEnd;
	}

	private final String url;
	private final int clients;
	private final long warmupNanos, measureNanos, maxLifecycles;
	private int ceilingSeconds;
	private ProcessCpu server;
	private final CloseableHttpClient http;
	private final JsonMapper json = JsonMapper.builder().build();
	private final AtomicLong sequence = new AtomicLong();
	private final String runId = Long.toString(System.currentTimeMillis(), 36);
	private final String[] tokens = new String[2];
	private final List<String[]> villages = new ArrayList<>();

	CaseLoadBenchmark(String url, int clients, int warmupSeconds, int seconds, long maxLifecycles) {
		this.url = url;
		this.clients = clients;
		this.warmupNanos = warmupSeconds * 1_000_000_000L;
		this.measureNanos = seconds * 1_000_000_000L;
		this.maxLifecycles = maxLifecycles;
		this.http = HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setMaxConnTotal(clients + 2).setMaxConnPerRoute(clients + 2)
				.setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(Timeout.ofSeconds(10))
					.setSocketTimeout(Timeout.ofSeconds(30)).build())
				.build())
			.disableAutomaticRetries().disableRedirectHandling().disableCookieManagement().disableContentCompression()
			.build();
	}

	/** A response's status and body. */
	record Answer(int statusCode, String body) {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> o = new TreeMap<>();
		for (String a : args) {
			String[] kv = a.replaceFirst("^--", "").split("=", 2);
			o.put(kv[0], kv.length > 1 ? kv[1] : "true");
		}
		String url = o.get("url");
		ConfigurableApplicationContext app = null;
		Path dataDir = null;
		if (url == null) {
			dataDir = Files.createTempDirectory("fengqiao-bench");
			long t = System.nanoTime();
			app = new SpringApplicationBuilder(FengqiaoApplication.class).run("--server.port=0",
					"--fengqiao.data-dir=" + dataDir, "--fengqiao.embedded-persistent=false", "--fengqiao.demo=true",
					"--logging.level.root=WARN");
			url = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			System.out.printf("application started in-process at %s in %.1f s%n", url, (System.nanoTime() - t) / 1e9);
		}
		CaseLoadBenchmark bench = new CaseLoadBenchmark(url.replaceAll("/+$", ""),
				Integer.parseInt(o.getOrDefault("clients", "32")), Integer.parseInt(o.getOrDefault("warmup", "10")),
				Integer.parseInt(o.getOrDefault("seconds", "30")), Long.parseLong(o.getOrDefault("max-lifecycles", "2000000")));
		bench.ceilingSeconds = Integer.parseInt(o.getOrDefault("ceiling", "0"));
		if (app == null) {
			int port = URI.create(url).getPort();
			long pid = o.containsKey("server-pid") ? Long.parseLong(o.get("server-pid")) : ProcessCpu.listeningOn(port);
			if (pid > 0) {
				bench.server = new ProcessCpu(pid, port);
				System.out.printf("server JVM pid %d, its PostgreSQL postmaster pid %d (0: not found, database CPU not counted)%n",
						pid, bench.server.postmasterPid);
			} else {
				System.out.println("no local process listens on port " + port + " (give --server-pid=): server CPU not counted");
			}
		}
		try {
			LoadProbe probe = app == null ? null : new LoadProbe(app);
			bench.run(probe);
		} finally {
			bench.http.close();
			if (app != null) {
				app.close();
			}
			if (dataDir != null) {
				try (Stream<Path> files = Files.walk(dataDir)) {
					files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
		}
	}

	void run(LoadProbe probe) throws Exception {
		tokens[0] = login("desk.longtou");
		tokens[1] = login("judicial.longtou");
		for (JsonNode v : json.readTree(send("GET", "/api/regions/" + TOWN + "/children", null, tokens[0], null).body())) {
			String name = v.path("name").asString().replace("居委会", "").replace("村委会", "村");
			villages.add(new String[] { v.path("code").asString(), name });
		}
		if (ceilingSeconds > 0) {
			ceiling("/api/system/info", null, "no login, no database");
			ceiling("/api/auth/me", tokens[0], "bearer token looked up, one query");
		}
		System.out.printf("target %s: %d clients, %d s warm-up + %d s measured, %d villages of %s%n", url, clients,
				warmupNanos / 1_000_000_000L, measureNanos / 1_000_000_000L, villages.size(), TOWN);
		long measureStart = System.nanoTime() + warmupNanos;
		long measureEnd = measureStart + measureNanos;
		List<Client> results = Stream.generate(Client::new).limit(clients).toList();
		List<Thread> threads = new ArrayList<>();
		for (Client c : results) {
			threads.add(new Thread(() -> loop(c, measureStart, measureEnd), "bench-client-" + threads.size()));
			threads.get(threads.size() - 1).start();
		}
		Thread.sleep(Math.max(0, (measureStart - System.nanoTime()) / 1_000_000));
		long[] cpuStart = cpu();
		if (probe != null) {
			probe.begin();
			Thread.sleep(Math.max(0, (measureEnd - System.nanoTime()) / 1_000_000));
			probe.cpu();
		} else {
			Thread.sleep(Math.max(0, (measureEnd - System.nanoTime()) / 1_000_000));
		}
		long[] cpuEnd = cpu();
		for (Thread t : threads) {
			t.join();
		}
		long end = results.stream().mapToLong(c -> c.lastEnd).max().orElse(measureEnd);
		report(results, (end - measureStart) / 1e9);
		reportCpu(cpuStart, cpuEnd, results.stream().mapToLong(c -> c.lifecycles).sum() * measureNanos / (double) (end - measureStart));
		if (probe != null) {
			probe.end(results.stream().mapToLong(c -> c.lifecycles).sum(), villages.get(0)[0]);
		}
	}

	/** One client: whole lifecycles until the measured period is over (or the count bound is reached). */
	private void loop(Client c, long measureStart, long measureEnd) {
		while (System.nanoTime() < measureEnd) {
			long seq = sequence.incrementAndGet();
			if (seq > maxLifecycles) {
				return;
			}
			boolean measured = System.nanoTime() >= measureStart;
			if (lifecycle(c, seq, measured) && measured) {
				c.lifecycles++;
				c.lastEnd = System.nanoTime();
			}
		}
	}

	private boolean lifecycle(Client c, long seq, boolean measured) {
		String number = null;
		for (int a = 0; a < ACTIONS.length; a++) {
			String path = a == 0 ? "/api/cases" : "/api/cases/" + number + "/" + ACTIONS[a];
			String body = a == 0 ? intake(seq) : BODIES[a];
			String key = a == 0 && seq % 10 == 0 ? "bench-" + runId + "-" + seq : null;
			long t0 = System.nanoTime();
			Answer r;
			try {
				r = send("POST", path, body, tokens[ACTOR[a]], key);
			} catch (IOException e) {
				return failed(c, measured, ACTIONS[a] + ": " + e.getClass().getSimpleName());
			}
			if (measured) {
				c.byAction[a].add(System.nanoTime() - t0);
			}
			if (r.statusCode() / 100 != 2) {
				Matcher m = CODE.matcher(r.body());
				return failed(c, measured, ACTIONS[a] + ": " + r.statusCode() + " " + (m.find() ? m.group(1) : "(no code)"));
			}
			if (a == 0) {
				Matcher m = NUMBER.matcher(r.body());
				if (!m.find()) {
					return failed(c, measured, "create: no number in the answer");
				}
				number = m.group(1);
				if (measured && !r.body().contains("\"possibleDuplicates\":[]")) {
					c.flaggedRepeats++;
				}
			}
		}
		return true;
	}

	/**
	 * The same clients on one of the cheapest GET endpoints, {@code --ceiling} seconds of warm-up then as many
	 * measured: the most requests per second this machine's HTTP stack (client included) gives at all. A lifecycle
	 * is {@value #STEPS} requests, so a fraction of this figure bounds lifecycles/s from above.
	 */
	private void ceiling(String path, String token, String what) throws InterruptedException {
		long start = System.nanoTime() + ceilingSeconds * 1_000_000_000L;
		long end = start + ceilingSeconds * 1_000_000_000L;
		List<Latencies> latencies = Stream.generate(Latencies::new).limit(clients).toList();
		List<Thread> threads = new ArrayList<>();
		for (Latencies l : latencies) {
			Thread t = new Thread(() -> {
				try {
					for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
						Answer r = send("GET", path, null, token, null);
						if (r.statusCode() != 200) {
							throw new IllegalStateException(path + " answered " + r.statusCode());
						}
						if (now >= start) {
							l.add(System.nanoTime() - now);
						}
					}
				} catch (IOException e) {
					throw new IllegalStateException(e);
				}
			});
			threads.add(t);
			t.start();
		}
		for (Thread t : threads) {
			t.join();
		}
		long[] all = Latencies.merged(latencies);
		double rate = all.length / (ceilingSeconds * 1.0);
		System.out.printf("ceiling GET %s (%s): %.0f requests/s, at most %.0f lifecycles/s at this cost per step; %s%n",
				path, what, rate, rate / STEPS, Latencies.summary(all));
	}

	/**
	 * CPU nanoseconds so far: [0] the server JVM, [1] its PostgreSQL processes (0 when in-process), [2] this JVM,
	 * [3] the server JVM's JIT compiler threads (part of [0]).
	 */
	private long[] cpu() {
		long[] s = server == null ? new long[2] : server.sample();
		long own = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
		return new long[] { s[0], s[1], own, server == null ? 0 : server.compilerNanos() };
	}

	/** CPU per lifecycle over the measured period (lifecycles scaled to the period the CPU was read over). */
	private void reportCpu(long[] start, long[] end, double lifecycles) {
		double wall = measureNanos / 1e9;
		String[] who = { "server JVM", "PostgreSQL", "driver JVM" };
		System.out.println("CPU per lifecycle (ms) and cores used over the measured period:");
		for (int i = 0; i < 3; i++) {
			if (i < 2 && server == null) {
				continue;
			}
			double used = (end[i] - start[i]) / 1e6;
			System.out.printf("  %-11s %6.2f ms   %.2f cores%n", who[i], used / Math.max(lifecycles, 1), used / 1e3 / wall);
		}
		if (server != null) {
			double perLifecycle = Math.max(lifecycles, 1);
			System.out.printf("  %-11s %6.2f ms%n", "server+db", (end[0] - start[0] + end[1] - start[1]) / 1e6 / perLifecycle);
			// the JIT still compiling is start-up cost, not the lifecycle's: a longer --warmup leaves it out
			System.out.printf("  of which the server's JIT compiler threads %.2f ms (%.2f cores)%n",
					(end[3] - start[3]) / 1e6 / perLifecycle, (end[3] - start[3]) / 1e9 / wall);
		}
	}

	private static boolean failed(Client c, boolean measured, String what) {
		if (measured) {
			c.failures.merge(what, 1L, Long::sum);
		} else {
			c.warmupFailures++;
		}
		return false;
	}

	/** A distinct dispute in one of the town's villages, with its own reporter phone. */
	private String intake(long seq) {
		String[] village = villages.get((int) (seq % villages.size()));
		String topic = TOPICS[(int) (seq / villages.size() % TOPICS.length)];
		return "{\"kind\":\"DISPUTE\",\"category\":\"" + CATEGORIES[(int) (seq % CATEGORIES.length)]
				+ "\",\"channel\":\"WINDOW\",\"priority\":\"NORMAL\",\"title\":\"" + village[1] + (seq % 9 + 1) + "组村民因"
				+ topic + "发生纠纷（" + seq + "）\",\"description\":\"" + village[1] + "村民反映" + topic
				+ "问题，双方多次协商未果，请求调解。压测编号 " + runId + "-" + seq + "\",\"reporter\":{\"name\":\"张某"
				+ "\",\"phone\":\"" + String.format("139%08d", seq % 100_000_000) + "\"},\"location\":{\"regionCode\":\""
				+ village[0] + "\",\"address\":\"" + village[1] + (seq % 9 + 1) + "组\"}}";
	}

	private Answer send(String method, String path, String body, String token, String idempotencyKey) throws IOException {
		ClassicRequestBuilder b = ClassicRequestBuilder.create(method).setUri(url + path).setHeader("Accept", "application/json");
		if (body != null) {
			b.setEntity(body, ContentType.APPLICATION_JSON);
		}
		if (token != null) {
			b.setHeader("Authorization", "Bearer " + token);
		}
		if (idempotencyKey != null) {
			b.setHeader("Idempotency-Key", idempotencyKey);
		}
		return http.execute(b.build(), response -> new Answer(response.getCode(),
				response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
	}

	private String login(String username) throws IOException {
		Answer r = send("POST", "/api/auth/login",
				"{\"username\":\"" + username + "\",\"password\":\"Demo#2026\"}", null, null);
		if (r.statusCode() != 200) {
			throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " " + r.body());
		}
		return json.readTree(r.body()).path("token").asString();
	}

	private void report(List<Client> results, double seconds) {
		long lifecycles = results.stream().mapToLong(c -> c.lifecycles).sum();
		long[] all = Latencies.merged(results.stream().flatMap(c -> Stream.of(c.byAction)).toList());
		System.out.printf("=== CaseLoadBenchmark: %d clients, measured %.2f s ===%n", clients, seconds);
		System.out.printf("complete lifecycles: %d   lifecycles/s: %.1f   requests: %d   requests/s: %.1f%n", lifecycles,
				lifecycles / seconds, all.length, all.length / seconds);
		System.out.println("request latency (ms):");
		System.out.printf("  %-9s %s%n", "all", Latencies.summary(all));
		for (int a = 0; a < ACTIONS.length; a++) {
			int i = a;
			System.out.printf("  %-9s %s%n", ACTIONS[a], Latencies.summary(Latencies.merged(results.stream().map(c -> c.byAction[i]).toList())));
		}
		Map<String, Long> failures = new TreeMap<>();
		results.forEach(c -> c.failures.forEach((k, v) -> failures.merge(k, v, Long::sum)));
		System.out.println("failures: " + (failures.isEmpty() ? "none" : ""));
		failures.forEach((k, v) -> System.out.printf("  %-50s %d%n", k, v));
		System.out.printf("warm-up failures: %d; creates that flagged possible duplicates: %d%n",
				results.stream().mapToLong(c -> c.warmupFailures).sum(), results.stream().mapToLong(c -> c.flaggedRepeats).sum());
	}
}
