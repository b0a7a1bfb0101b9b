package org.fengqiao.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.fengqiao.platform.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.sun.net.httpserver.HttpServer;

/** Map tiles through the application, against a small tile server on this machine. */
class TileProxyTest {

	private HttpServer server;
	private final List<String> asked = new ArrayList<>();

	@BeforeEach
	void start() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			asked.add(exchange.getRequestURI().getPath());
			boolean known = exchange.getRequestURI().getPath().equals("/tiles/3/6/2.png");
			byte[] body = known ? "PNG-BYTES".getBytes(StandardCharsets.UTF_8) : new byte[0];
			exchange.getResponseHeaders().add("Content-Type", "image/png");
			exchange.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void a_tile_is_fetched_from_the_configured_server_and_cached_by_the_browser_for_a_day() {
		ResponseEntity<byte[]> tile = proxy().tile(3, 6, 2);

		assertThat(tile.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(new String(tile.getBody(), StandardCharsets.UTF_8)).isEqualTo("PNG-BYTES");
		assertThat(tile.getHeaders().getContentType().toString()).isEqualTo("image/png");
		assertThat(tile.getHeaders().getCacheControl()).contains("max-age=86400");
		assertThat(asked).containsExactly("/tiles/3/6/2.png");
	}

	@Test
	void a_tile_outside_its_zoom_level_is_refused_without_asking_the_server() {
		assertThatThrownBy(() -> proxy().tile(3, 8, 0)).isInstanceOfSatisfying(ApiException.class,
				e -> assertThat(e.code()).isEqualTo("tiles.out-of-range"));
		assertThat(asked).isEmpty();
	}

	@Test
	void a_missing_tile_is_404_and_an_unreachable_server_502() {
		assertThatThrownBy(() -> proxy().tile(3, 1, 1)).isInstanceOfSatisfying(ApiException.class,
				e -> assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND));
		TileProxy proxy = proxy();
		server.stop(0);
		assertThatThrownBy(() -> proxy.tile(3, 6, 2)).isInstanceOfSatisfying(ApiException.class,
				e -> assertThat(e.status()).isEqualTo(HttpStatus.BAD_GATEWAY));
	}

	@Test
	void without_a_tile_url_there_are_no_tiles() {
		assertThatThrownBy(() -> new TileProxy(null, HttpClient.newHttpClient()).tile(0, 0, 0))
			.isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("tiles.not-configured"));
	}

	private TileProxy proxy() {
		return new TileProxy("http://127.0.0.1:" + server.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png",
				HttpClient.newHttpClient());
	}
}
