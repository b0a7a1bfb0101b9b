package org.fengqiao.region;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes regions as PostgreSQL COPY text rows (tab-separated, {@code \N} for null), escaping by hand:
 * a CSV printer's quoting decisions cost more per row than the database's whole COPY of it.
 */
final class RegionCopyWriter {

	private final Writer out;

	RegionCopyWriter(Writer out) {
		this.out = out;
	}

	/** One row of (code, name, level, parent_code, kind), then each extra column as is. */
	void write(Region region, String... extra) throws IOException {
		field(region.code());
		out.write('\t');
		field(region.name());
		out.write('\t');
		out.write(region.level().name());
		out.write('\t');
		field(region.parentCode());
		out.write('\t');
		field(region.kind());
		for (String column : extra) {
			out.write('\t');
			field(column);
		}
		out.write('\n');
	}

	private void field(String value) throws IOException {
		if (value == null) {
			out.write("\\N");
			return;
		}
		int n = value.length();
		int from = 0;
		for (int i = 0; i < n; i++) {
			char c = value.charAt(i);
			String escaped = switch (c) {
				case '\\' -> "\\\\";
				case '\t' -> "\\t";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				default -> null;
			};
			if (escaped != null) {
				out.write(value, from, i - from);
				out.write(escaped);
				from = i + 1;
			}
		}
		out.write(value, from, n - from);
	}
}
