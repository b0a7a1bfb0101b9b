package org.fengqiao.platform.notify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.Deque;

import com.sun.net.httpserver.HttpServer;

/** A small webhook receiver for tests: records each request and answers the next queued status (else 200). */
public final class WebhookReceiver implements AutoCloseable {

	/** One received request. */
	public record Received(String idempotencyKey, String timestamp, String signature, String body) {
	}

	private final HttpServer server;
	private final Queue<Received> received = new ConcurrentLinkedQueue<>();
	private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();

	public WebhookReceiver() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hook", exchange -> {
			byte[] body = exchange.getRequestBody().readAllBytes();
			received.add(new Received(exchange.getRequestHeaders().getFirst("Idempotency-Key"),
					exchange.getRequestHeaders().getFirst("X-Fengqiao-Timestamp"),
					exchange.getRequestHeaders().getFirst("X-Fengqiao-Signature"), new String(body, StandardCharsets.UTF_8)));
			Integer status = answers.poll();
			exchange.sendResponseHeaders(status == null ? 200 : status, -1);
			exchange.close();
		});
		server.start();
	}

	public URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
	}

	/** The next request is answered with this status. */
	public void answerNext(int status) {
		answers.add(status);
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
