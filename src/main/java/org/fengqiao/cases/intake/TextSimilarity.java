package org.fengqiao.cases.intake;

import java.util.Arrays;
import java.util.Locale;

/**
 * How alike two texts are, 0–1: the Sørensen–Dice coefficient over character bigrams (a text of one character is
 * its own gram), counted with repeats, after dropping white space and punctuation. It suits Chinese, where words
 * are not separated by spaces. A text's grams are taken once ({@link #profile}) and compared with many.
 */
public final class TextSimilarity {

	/** Marks a one-character text's gram apart from every bigram (a bigram packs two code points in 42 bits). */
	private static final long SINGLE = 1L << 42;

	/** A text's grams, each two code points packed in a long, sorted so that two profiles compare in one pass. */
	static final class Profile {

		private final long[] grams;

		private Profile(long[] grams) {
			this.grams = grams;
		}

		/** The Dice coefficient: twice the grams both have (repeats counted) over the grams of both. */
		double similarity(Profile other) {
			long[] x = grams;
			long[] y = other.grams;
			if (x.length + y.length == 0) {
				return 0;
			}
			int shared = 0;
			for (int i = 0, j = 0; i < x.length && j < y.length;) {
				if (x[i] == y[j]) {
					shared++;
					i++;
					j++;
				}
				else if (x[i] < y[j]) {
					i++;
				}
				else {
					j++;
				}
			}
			return 2.0 * shared / (x.length + y.length);
		}
	}

	private TextSimilarity() {
	}

	static double of(String a, String b) {
		return profile(a).similarity(profile(b));
	}

	static Profile profile(String text) {
		int[] cps = kept(text);
		if (cps.length == 1) {
			return new Profile(new long[] { SINGLE | cps[0] });
		}
		long[] grams = new long[Math.max(0, cps.length - 1)];
		for (int i = 0; i < grams.length; i++) {
			grams[i] = (long) cps[i] << 21 | cps[i + 1];
		}
		Arrays.sort(grams);
		return new Profile(grams);
	}

	/** The text's code points, lower-cased, without white space (the ideographic space too) and punctuation. */
	private static int[] kept(String text) {
		if (text == null) {
			return new int[0];
		}
		return text.toLowerCase(Locale.ROOT).codePoints().filter(cp -> !dropped(cp)).toArray();
	}

	/** What the comparison ignores: ASCII punctuation and symbols, any Unicode punctuation, white space. */
	private static boolean dropped(int cp) {
		if (cp < 128) {
			return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp > ' ' && cp < 127 && !Character.isLetterOrDigit(cp));
		}
		if (cp == 0x3000) {
			return true;
		}
		return switch (Character.getType(cp)) {
			case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
					Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
					Character.OTHER_PUNCTUATION -> true;
			default -> false;
		};
	}
}
