package org.fengqiao.bench;

import java.util.Arrays;
import java.util.List;

/** A growable list of latencies in nanoseconds, merged and sorted for exact percentiles (no HdrHistogram needed). */
final class Latencies {

	private long[] values = new long[1024];
	private int size;

	void add(long nanos) {
		if (size == values.length) {
			values = Arrays.copyOf(values, size * 2);
		}
		values[size++] = nanos;
	}

	int size() {
		return size;
	}

	/** All values of the given lists, sorted. */
	static long[] merged(List<Latencies> parts) {
		long[] all = new long[parts.stream().mapToInt(Latencies::size).sum()];
		int at = 0;
		for (Latencies p : parts) {
			System.arraycopy(p.values, 0, all, at, p.size);
			at += p.size;
		}
		Arrays.sort(all);
		return all;
	}

	/** The nearest-rank percentile of sorted values, in milliseconds. */
	static double percentileMs(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
	}

	/** {@code n=… p50=… p90=… p99=… max=…} in milliseconds. */
	static String summary(long[] sorted) {
		double mean = sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(0) / 1e6;
		return String.format("n=%8d  mean=%7.2f  p50=%7.2f  p90=%7.2f  p99=%7.2f  max=%8.2f", sorted.length, mean,
				percentileMs(sorted, 50), percentileMs(sorted, 90), percentileMs(sorted, 99),
				sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
	}
}
