package org.fengqiao.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP/1.1 written byte for byte on a plain socket: for requests a well-behaved client refuses to send (broken
 * paths, bytes that are not UTF-8, headers that are not ASCII, truncated bodies).
 */
final class RawHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	/** An answer as it came: status, lower-case header names, body text and its JSON (null when not JSON). */
	record Answer(int status, Map<String, String> headers, String body, JsonNode json) {

		String contentType() {
			return headers.getOrDefault("content-type", "");
		}

		String code() {
			return json == null ? "" : json.path("code").asString("");
		}

		@Override
		public String toString() {
			return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) : body);
		}
	}

	/** Sends {@code METHOD target} with the given header lines (already formatted) and body bytes. */
	Answer send(String method, String target, Map<String, byte[]> headers, byte[] body) {
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		write(request, method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
		headers.forEach((name, value) -> {
			write(request, name + ": ");
			request.writeBytes(value);
			write(request, "\r\n");
		});
		if (body != null) {
			write(request, "Content-Length: " + body.length + "\r\n");
		}
		write(request, "\r\n");
		if (body != null) {
			request.writeBytes(body);
		}
		return exchange(request.toByteArray());
	}

	Answer send(String method, String target, Map<String, String> headers, String body) {
		Map<String, byte[]> raw = new LinkedHashMap<>();
		headers.forEach((k, v) -> raw.put(k, v.getBytes(StandardCharsets.UTF_8)));
		return send(method, target, raw, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
	}

	static Map<String, String> bearer(String token) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Authorization", "Bearer " + token);
		return headers;
	}

	private Answer exchange(byte[] request) {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return read(socket.getInputStream());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Answer read(InputStream in) throws IOException {
		byte[] all = in.readAllBytes();
		String text = new String(all, StandardCharsets.ISO_8859_1);
		int end = text.indexOf("\r\n\r\n");
		if (end < 0) {
			throw new IllegalStateException("no HTTP answer: " + text);
		}
		String[] lines = text.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
		}
		byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			body = dechunk(body);
		}
		String bodyText = new String(body, StandardCharsets.UTF_8);
		return new Answer(status, headers, bodyText, parse(bodyText));
	}

	private static byte[] dechunk(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < body.length) {
			int lineEnd = indexOfCrLf(body, at);
			int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
			if (size == 0) {
				break;
			}
			out.write(body, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return out.toByteArray();
	}

	private static int indexOfCrLf(byte[] bytes, int from) {
		for (int i = from; i < bytes.length - 1; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				return i;
			}
		}
		return bytes.length;
	}

	private static JsonNode parse(String body) {
		if (body.isBlank()) {
			return null;
		}
		try {
			return JSON.readTree(body);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static void write(ByteArrayOutputStream out, String ascii) {
		out.writeBytes(ascii.getBytes(StandardCharsets.ISO_8859_1));
	}
}
