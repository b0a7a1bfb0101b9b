package org.fengqiao.bench;

import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.fengqiao.demo.DemoDataGenerator;
import org.fengqiao.demo.DemoGrid;
import org.fengqiao.region.GridIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Throughput of {@link GridIndex#locate} over all grids of the demo data set: random points in the demo
 * towns' bounding boxes, and the envelope centres of the level-2 grids. {@code main} runs it with 1 and 2
 * threads, each in one forked JVM, and prints the index build time first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GridLocateBenchmark {

	/** A power of two, so a cursor wraps with a mask. */
	private static final int RANDOM_POINTS = 1 << 16;
	private static final long POINT_SEED = 20_261_202L;

	private GridIndex index;
	private double[] randomLat;
	private double[] randomLng;
	private double[] centreLat;
	private double[] centreLng;

	/** Each thread walks the point arrays on its own. */
	@State(Scope.Thread)
	public static class Cursor {
		int next;
	}

	@Setup
	public void setUp() {
		List<DemoGrid> grids = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED).grids();
		index = new GridIndex(entries(grids));
		Random random = new Random(POINT_SEED);
		List<Envelope> towns = new ArrayList<>(townBoxes(grids).values());
		randomLat = new double[RANDOM_POINTS];
		randomLng = new double[RANDOM_POINTS];
		for (int i = 0; i < RANDOM_POINTS; i++) {
			Envelope box = towns.get(random.nextInt(towns.size()));
			randomLng[i] = box.getMinX() + random.nextDouble() * box.getWidth();
			randomLat[i] = box.getMinY() + random.nextDouble() * box.getHeight();
		}
		List<Coordinate> centres = new ArrayList<>();
		GeometryFactory factory = new GeometryFactory();
		for (DemoGrid grid : grids) {
			Geometry shape = geometry(grid);
			Coordinate centre = shape.getEnvelopeInternal().centre();
			if (grid.level() == 2 && shape.covers(factory.createPoint(centre))) {
				centres.add(centre);
			}
		}
		centreLat = centres.stream().mapToDouble(c -> c.y).toArray();
		centreLng = centres.stream().mapToDouble(c -> c.x).toArray();
	}

	@Benchmark
	public Optional<String> randomPointInTownBox(Cursor cursor) {
		int i = cursor.next++ & (RANDOM_POINTS - 1);
		return index.locate(randomLat[i], randomLng[i]);
	}

	@Benchmark
	public Optional<String> levelTwoGridCentre(Cursor cursor) {
		int i = cursor.next;
		cursor.next = i + 1 == centreLat.length ? 0 : i + 1;
		return index.locate(centreLat[i], centreLng[i]);
	}

	public static void main(String[] args) throws RunnerException {
		useTestClasspathForForks();
		describeData();
		Map<String, Double> scores = new TreeMap<>();
		for (int threads : new int[] { 1, 2 }) {
			Collection<RunResult> results = new Runner(new OptionsBuilder()
				.include("^" + Pattern.quote(GridLocateBenchmark.class.getName()) + "\\.")
				.forks(1).warmupIterations(2).measurementIterations(3).threads(threads).build()).run();
			for (RunResult result : results) {
				String name = result.getParams().getBenchmark().replaceAll(".*\\.", "");
				System.out.printf("%s, %d thread(s): %,.0f ± %,.0f ops/s%n", name, threads,
						result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError());
				scores.put(name + "|" + threads, result.getPrimaryResult().getScore());
			}
		}
		System.out.printf("%nload average after the runs: %.2f%n",
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.println("| benchmark | 1 thread ops/s | 2 threads ops/s | scaling |");
		System.out.println("| --- | ---: | ---: | ---: |");
		for (String name : List.of("randomPointInTownBox", "levelTwoGridCentre")) {
			double one = scores.getOrDefault(name + "|1", Double.NaN);
			double two = scores.getOrDefault(name + "|2", Double.NaN);
			System.out.printf("| %s | %,.0f | %,.0f | %.2f× |%n", name, one, two, two / one);
		}
	}

	/** Prints the data set, the index build time and where the benchmark's points land. */
	private static void describeData() {
		System.out.printf("Java %s, %d CPUs, load average %.2f%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
				ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		long t = System.nanoTime();
		List<DemoGrid> grids = DemoDataGenerator.generate(DemoDataGenerator.DEFAULT_SEED).grids();
		System.out.printf("demo data set generated in %.2f s: %,d grids (%d level 1, %d level 2)%n",
				(System.nanoTime() - t) / 1e9, grids.size(), grids.stream().filter(g -> g.level() == 1).count(),
				grids.stream().filter(g -> g.level() == 2).count());
		List<GridIndex.Entry> entries = entries(grids);
		double[] builds = new double[21];
		for (int i = 0; i < builds.length; i++) {
			t = System.nanoTime();
			new GridIndex(entries);
			builds[i] = (System.nanoTime() - t) / 1e6;
		}
		double first = builds[0];
		Arrays.sort(builds, 1, builds.length);
		System.out.printf("GridIndex build of %,d grids (GeoJSON parse + prepare + STRtree): first %.1f ms, "
				+ "then median %.1f ms, best %.1f ms of 20%n", entries.size(), first, builds[11], builds[1]);
		GridLocateBenchmark b = new GridLocateBenchmark();
		b.setUp();
		Set<String> levelTwo = grids.stream().filter(g -> g.level() == 2).map(DemoGrid::code).collect(Collectors.toSet());
		Map<String, Integer> landing = new TreeMap<>();
		for (int i = 0; i < RANDOM_POINTS; i++) {
			String where = b.index.locate(b.randomLat[i], b.randomLng[i])
				.map(c -> levelTwo.contains(c) ? "level 2" : "level 1").orElse("no grid");
			landing.merge(where, 1, Integer::sum);
		}
		System.out.printf("%,d random points in %d town boxes land in: %s%n", RANDOM_POINTS, townBoxes(grids).size(), landing);
		long located = IntStream.range(0, b.centreLat.length)
			.filter(i -> b.index.locate(b.centreLat[i], b.centreLng[i]).filter(levelTwo::contains).isPresent()).count();
		System.out.printf("%,d level-2 envelope centres inside their grid, %,d located to a level-2 grid%n%n",
				b.centreLat.length, located);
	}

	private static List<GridIndex.Entry> entries(List<DemoGrid> grids) {
		return grids.stream().map(g -> new GridIndex.Entry(g.code(), g.level(), g.boundaryGeoJson())).toList();
	}

	/** The bounding box of each town's grids, by town code. */
	private static Map<String, Envelope> townBoxes(List<DemoGrid> grids) {
		Map<String, Envelope> towns = new TreeMap<>();
		for (DemoGrid grid : grids) {
			towns.computeIfAbsent(grid.regionCode().substring(0, 9), k -> new Envelope())
				.expandToInclude(geometry(grid).getEnvelopeInternal());
		}
		return towns;
	}

	private static Geometry geometry(DemoGrid grid) {
		try {
			return new GeoJsonReader().read(grid.boundaryGeoJson());
		} catch (ParseException e) {
			throw new IllegalStateException(grid.code(), e);
		}
	}

	/**
	 * JMH forks with {@code java.class.path}; under {@code exec:java} that is Maven's launcher, and the test
	 * classpath is only in the class loader exec:java made, so hand its URLs to the forks.
	 */
	private static void useTestClasspathForForks() {
		if (GridLocateBenchmark.class.getClassLoader() instanceof URLClassLoader loader && loader.getURLs().length > 0) {
			List<String> paths = new ArrayList<>();
			for (URL url : loader.getURLs()) {
				try {
					paths.add(Path.of(url.toURI()).toString());
				} catch (URISyntaxException | IllegalArgumentException e) {
					throw new IllegalStateException("not a file URL on the classpath: " + url, e);
				}
			}
			System.setProperty("java.class.path", String.join(java.io.File.pathSeparator, paths));
		}
	}
}
