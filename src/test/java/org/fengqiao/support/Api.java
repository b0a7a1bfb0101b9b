package org.fengqiao.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API, as a real client would use it: JSON over HTTP with a bearer token. */
public final class Api {

	public static final String DEMO_PASSWORD = "Demo#2026";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	/**
	 * A response: status, content type and the parsed JSON body (null when empty). A test states the status it
	 * expects before it reads a body ({@link #expect(int)}, or by reading {@link #status()}): the body of an error
	 * response read without looking at the status fails, and a field read ({@link #text}, {@link #field},
	 * {@link #array}) fails on a missing field instead of reading as empty.
	 */
	public static final class Response {

		private final int status;
		private final String contentType;
		private final JsonNode body;
		private final String raw;
		private volatile boolean statusSeen;

		public Response(int status, String contentType, JsonNode body, String raw) {
			this.status = status;
			this.contentType = contentType;
			this.body = body;
			this.raw = raw;
		}

		/** This response if its status is the expected one; otherwise the test fails with the status and body. */
		public Response expect(int expected) {
			if (status != expected) {
				throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + raw);
			}
			statusSeen = true;
			return this;
		}

		public int status() {
			statusSeen = true;
			return status;
		}

		public String contentType() {
			return contentType;
		}

		public String raw() {
			return raw;
		}

		/** The JSON body; fails when there is none, or for an error response whose status the test never checked. */
		public JsonNode body() {
			if (!statusSeen && status >= 400) {
				throw new AssertionError("reading the body of an unexpected HTTP " + status + ": " + raw);
			}
			if (body == null) {
				throw new AssertionError("HTTP " + status + " has no JSON body: " + raw);
			}
			return body;
		}

		/** A field of the body; fails when the field is missing. */
		public JsonNode field(String name) {
			JsonNode value = body().get(name);
			if (value == null || value.isMissingNode()) {
				throw new AssertionError("no field '" + name + "' in HTTP " + status + ": " + raw);
			}
			return value;
		}

		/** A field's text (null for a JSON null); fails when the field is missing. */
		public String text(String name) {
			JsonNode value = field(name);
			return value.isNull() ? null : value.asString();
		}

		/** An array field of the body; fails when the field is missing or not an array. */
		public JsonNode array(String name) {
			JsonNode value = field(name);
			if (!value.isArray()) {
				throw new AssertionError("field '" + name + "' is not an array in HTTP " + status + ": " + raw);
			}
			return value;
		}

		@Override
		public String toString() {
			return "HTTP " + status + " " + raw;
		}
	}

	/** Forgets the tokens, e.g. after a test moved the clock past their lifetime. */
	public void logoutAll() {
		tokens.clear();
	}

	/** The token of a (demo) user, logging in once. */
	public String token(String username) {
		return tokens.computeIfAbsent(username, u -> {
			Response r = send("POST", "/api/auth/login", Map.of("username", u, "password", DEMO_PASSWORD), null, null);
			return r.expect(200).text("token");
		});
	}

	public Response get(String path, String user) {
		return send("GET", path, null, user == null ? null : token(user), null);
	}

	public Response post(String path, Object body, String user) {
		return send("POST", path, body, user == null ? null : token(user), null);
	}

	public Response put(String path, Object body, String user) {
		return send("PUT", path, body, user == null ? null : token(user), null);
	}

	public Response delete(String path, String user) {
		return send("DELETE", path, null, user == null ? null : token(user), null);
	}

	/** Sends a raw body (possibly malformed) with a given content type. */
	public Response raw(String method, String path, String body, String contentType, String token,
			Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			String raw = response.body();
			JsonNode json = raw == null || raw.isBlank() ? null : parse(raw);
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), json,
					raw);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public Response send(String method, String path, Object body, String token, Map<String, String> headers) {
		String json = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
		return raw(method, path, json, body == null ? null : "application/json", token,
				headers == null ? Map.of() : headers);
	}

	public Response upload(String path, String fileName, byte[] content, String user) {
		return upload(path, fileName, "application/octet-stream", content, user);
	}

	/** A multipart upload of one part named {@code file}, declaring a content type (none when null). */
	public Response upload(String path, String fileName, String contentType, byte[] content, String user) {
		String boundary = "----fengqiao" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n")
			.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(content, 0, all, head.length, content.length);
		System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + token(user))
			.POST(HttpRequest.BodyPublishers.ofByteArray(all)).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body().isBlank() ? null : parse(response.body()), response.body());
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** A binary response: status, headers and the raw bytes (a problem's JSON via {@link #problem()}). */
	public record Download(int status, java.net.http.HttpHeaders headers, byte[] bytes) {

		/** This download if its status is the expected one; otherwise the test fails with the status and body. */
		public Download expect(int expected) {
			if (status != expected) {
				throw new AssertionError("expected HTTP " + expected + " but got " + status + ": "
						+ new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
			}
			return this;
		}

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public JsonNode problem() {
			return parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	/** GETs raw bytes, e.g. a file download. */
	public Download download(String path, String user) {
		return download(path, user, Map.of());
	}

	/** GETs raw bytes with extra headers (e.g. {@code Range}); without a token when the user is null. */
	public Download download(String path, String user, Map<String, String> headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (user != null) {
			builder.header("Authorization", "Bearer " + token(user));
		}
		headers.forEach(builder::header);
		HttpRequest request = builder.build();
		try {
			HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.headers(), response.body());
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static JsonNode parse(String raw) {
		try {
			return JSON.readTree(raw);
		} catch (RuntimeException e) {
			return null;
		}
	}
}
