package org.fengqiao.platform.geo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.fengqiao.platform.ApiException;
import org.fengqiao.platform.FengqiaoProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /tiles/{z}/{x}/{y}}: map tiles through the application, from {@code FENGQIAO_TILE_URL} (a template
 * with {@code {z}}, {@code {x}}, {@code {y}}), so a page never calls another host — town intranets have no
 * internet, and a tile server inside them is reached by the server, not by every browser. Without a tile URL
 * the map draws on a blank background and this answers 404.
 */
@RestController
@Hidden
class TileProxy {

	/** The deepest zoom any tile server here serves. */
	static final int MAX_ZOOM = 22;
	private static final Duration TIMEOUT = Duration.ofSeconds(10);
	/** Tiles change rarely: browsers keep them a day. */
	private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	private final String template;
	private final HttpClient http;

	@Autowired
	TileProxy(FengqiaoProperties properties) {
		this(properties.tileUrl(), HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
			.followRedirects(HttpClient.Redirect.NORMAL).build());
	}

	TileProxy(String template, HttpClient http) {
		this.template = template == null || template.isBlank() ? null : template.trim();
		this.http = http;
	}

	@GetMapping("/tiles/{z}/{x}/{y}")
	ResponseEntity<byte[]> tile(@PathVariable int z, @PathVariable int x, @PathVariable int y) {
		if (template == null) {
			throw ApiException.notFound("tiles.not-configured");
		}
		if (z < 0 || z > MAX_ZOOM || x < 0 || y < 0 || x >= (1L << z) || y >= (1L << z)) {
			throw ApiException.badRequest("tiles.out-of-range", z, x, y);
		}
		URI uri = URI.create(template.replace("{z}", Integer.toString(z)).replace("{x}", Integer.toString(x))
			.replace("{y}", Integer.toString(y)));
		HttpResponse<byte[]> answer;
		try {
			answer = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		} catch (IOException e) {
			throw new ApiException(HttpStatus.BAD_GATEWAY, "tiles.unavailable");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ApiException(HttpStatus.BAD_GATEWAY, "tiles.unavailable");
		}
		if (answer.statusCode() == 404) {
			throw ApiException.notFound("tiles.not-found", z, x, y);
		}
		if (answer.statusCode() != 200) {
			throw new ApiException(HttpStatus.BAD_GATEWAY, "tiles.unavailable");
		}
		MediaType type = answer.headers().firstValue("Content-Type").map(MediaType::parseMediaType)
			.orElse(MediaType.IMAGE_PNG);
		return ResponseEntity.ok().contentType(type).cacheControl(CACHE).body(answer.body());
	}
}
