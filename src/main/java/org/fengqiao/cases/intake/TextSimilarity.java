package org.fengqiao.cases.intake;

import java.util.HashMap;
import java.util.Map;

/**
 * How alike two texts are, 0–1: the Sørensen–Dice coefficient over character bigrams, after dropping
 * white space and punctuation. It suits Chinese, where words are not separated by spaces.
 */
public final class TextSimilarity {

	private TextSimilarity() {
	}

	static double of(String a, String b) {
		Map<String, Integer> x = bigrams(normalize(a));
		Map<String, Integer> y = bigrams(normalize(b));
		int total = x.values().stream().mapToInt(Integer::intValue).sum() + y.values().stream().mapToInt(Integer::intValue).sum();
		if (total == 0) {
			return 0;
		}
		int shared = 0;
		for (var e : x.entrySet()) {
			shared += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
		}
		return 2.0 * shared / total;
	}

	private static String normalize(String s) {
		return s == null ? "" : s.toLowerCase().replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s　]+", "");
	}

	private static Map<String, Integer> bigrams(String s) {
		Map<String, Integer> grams = new HashMap<>();
		int[] cps = s.codePoints().toArray();
		if (cps.length == 1) {
			grams.put(new String(cps, 0, 1), 1);
		}
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.merge(new String(cps, i, 2), 1, Integer::sum);
		}
		return grams;
	}
}
