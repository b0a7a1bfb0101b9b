package org.fengqiao.platform.db;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's binary {@code COPY} format ({@code COPY … FROM STDIN (FORMAT binary)}), built in memory: the
 * server reads each field as it is stored, with no text to parse and no bytea to decode from hex. Text goes as
 * UTF-8, the connection's client encoding. Write a row's field count with {@link #row}, then its fields in the
 * table's column order. A long stream can be sent in parts: {@link #drainTo} hands over what is built so far.
 */
public final class BinaryCopy {

	private static final byte[] SIGNATURE = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0 };
	private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();
	private static final long POSTGRES_EPOCH_SECOND = POSTGRES_EPOCH_DAY * 86_400;

	private byte[] buffer;
	private int length;

	public BinaryCopy(int expectedBytes) {
		buffer = new byte[Math.max(64, expectedBytes)];
		put(SIGNATURE, 0, SIGNATURE.length);
		putInt(0); // flags
		putInt(0); // header extension length
	}

	public BinaryCopy row(int fields) {
		putShort(fields);
		return this;
	}

	public BinaryCopy integer(int value) {
		putInt(4);
		putInt(value);
		return this;
	}

	public BinaryCopy bool(boolean value) {
		putInt(1);
		ensure(1);
		buffer[length++] = (byte) (value ? 1 : 0);
		return this;
	}

	public BinaryCopy date(LocalDate value) {
		if (value == null) {
			return nothing();
		}
		putInt(4);
		putInt((int) (value.toEpochDay() - POSTGRES_EPOCH_DAY));
		return this;
	}

	/** A {@code timestamptz}: microseconds since 2000-01-01 UTC. */
	public BinaryCopy timestamp(Instant value) {
		if (value == null) {
			return nothing();
		}
		long micros = Math.addExact(Math.multiplyExact(value.getEpochSecond() - POSTGRES_EPOCH_SECOND, 1_000_000L),
				value.getNano() / 1_000);
		putInt(8);
		putInt((int) (micros >>> 32));
		putInt((int) micros);
		return this;
	}

	public BinaryCopy text(String value) {
		return value == null ? nothing() : bytes(value.getBytes(StandardCharsets.UTF_8));
	}

	public BinaryCopy bytes(byte[] value) {
		if (value == null) {
			return nothing();
		}
		putInt(value.length);
		put(value, 0, value.length);
		return this;
	}

	public BinaryCopy nothing() {
		putInt(-1);
		return this;
	}

	/** How many bytes are built and not yet drained. */
	public int size() {
		return length;
	}

	/** Writes what is built so far to {@code out} and starts the next part empty. */
	public void drainTo(OutputStream out) throws IOException {
		out.write(buffer, 0, length);
		length = 0;
	}

	/** Ends the stream and writes what is left of it, trailer included; the builder is done after this. */
	public void finishTo(OutputStream out) throws IOException {
		putShort(-1);
		drainTo(out);
	}

	/** The whole stream, trailer included; the builder is done after this. */
	public InputStream finish() {
		putShort(-1);
		return new ByteArrayInputStream(buffer, 0, length);
	}

	private void putShort(int value) {
		ensure(2);
		buffer[length++] = (byte) (value >>> 8);
		buffer[length++] = (byte) value;
	}

	private void putInt(int value) {
		ensure(4);
		buffer[length++] = (byte) (value >>> 24);
		buffer[length++] = (byte) (value >>> 16);
		buffer[length++] = (byte) (value >>> 8);
		buffer[length++] = (byte) value;
	}

	private void put(byte[] bytes, int from, int count) {
		ensure(count);
		System.arraycopy(bytes, from, buffer, length, count);
		length += count;
	}

	private void ensure(int more) {
		if (length + more > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
		}
	}
}
