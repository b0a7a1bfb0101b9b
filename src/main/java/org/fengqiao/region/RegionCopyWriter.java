package org.fengqiao.region;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

import org.fengqiao.platform.db.BinaryCopy;

/**
 * Writes regions in PostgreSQL's binary COPY format, sent in parts of about a megabyte: the server stores each
 * field as it comes, with no text to parse or unescape, and the timestamp as its eight bytes.
 */
final class RegionCopyWriter implements AutoCloseable {

	private static final int PART = 1 << 20;

	private final OutputStream out;
	private final BinaryCopy rows = new BinaryCopy(PART + (PART >> 2));

	RegionCopyWriter(OutputStream out) {
		this.out = out;
	}

	/** One row of (code, name, level, parent_code, kind). */
	void write(Region region) throws IOException {
		fields(region, 5);
		drainWhenFull();
	}

	/** One row of (code, name, level, parent_code, kind, updated_at). */
	void write(Region region, Instant updatedAt) throws IOException {
		fields(region, 6).timestamp(updatedAt);
		drainWhenFull();
	}

	private BinaryCopy fields(Region region, int count) {
		return rows.row(count).text(region.code()).text(region.name()).text(region.level().name())
			.text(region.parentCode()).text(region.kind());
	}

	private void drainWhenFull() throws IOException {
		if (rows.size() >= PART) {
			rows.drainTo(out);
		}
	}

	/** Ends the COPY stream (the trailer) and closes it, which completes the COPY. */
	@Override
	public void close() throws IOException {
		try (out) {
			rows.finishTo(out);
		}
	}
}
