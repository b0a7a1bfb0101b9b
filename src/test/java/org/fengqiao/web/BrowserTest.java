package org.fengqiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fengqiao.support.ApiTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotAnimations;

/**
 * Browser tests in Debian's headless Chromium (driven by Playwright, which never downloads a browser here) against
 * the application of {@link ApiTest}: the same server, demo data and fixed clock. The browser's clock is set to the
 * server's; every request to a host other than the application fails the test; each page is saved under
 * {@code target/screenshots/}. Without {@code /usr/bin/chromium} the tests are skipped, loudly, and under
 * {@code CI=true} they fail.
 */
public abstract class BrowserTest extends ApiTest {

	static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
			"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

	private static Playwright playwright;
	private static Browser browser;

	private final List<String> foreignRequests = new ArrayList<>();
	private BrowserContext context;
	private String testName;
	protected Page page;

	@BeforeAll
	static void startBrowser() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "BROWSER TESTS NOT RUN: " + CHROMIUM + " is missing (apt-get install chromium "
					+ "chromium-driver fonts-noto-cjk)";
			if ("true".equals(System.getenv("CI"))) {
				fail(message);
			}
			System.err.println("\n*** " + message + " ***\n");
			Assumptions.abort(message);
		}
		playwright = Playwright.create(new Playwright.CreateOptions()
			.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		// launch() gives every browser a fresh temporary profile (user-data dir)
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true).setArgs(ARGS));
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
			browser = null;
		}
	}

	@BeforeEach
	void openPage(TestInfo info) {
		testName = getClass().getSimpleName() + "-" + info.getTestMethod().map(m -> m.getName()).orElse("test");
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
			.setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai"));
		context.setDefaultTimeout(15_000);
		String application = "localhost:" + port;
		context.route("**/*", route -> {
			URI url = URI.create(route.request().url());
			if (application.equals(url.getHost() + ":" + url.getPort())) {
				route.resume();
			} else {
				foreignRequests.add(route.request().url());
				route.abort();
			}
		});
		page = context.newPage();
		page.clock().setFixedTime(clock.instant().toEpochMilli());
	}

	@AfterEach
	void closePage() {
		try {
			assertThat(foreignRequests).as("requests to hosts other than the application").isEmpty();
		} finally {
			closeContext();
		}
	}

	/**
	 * Closes the page, then its context. A request the foreign-host guard is still routing (a badge refresh, the
	 * service worker) can make Playwright report the context closed while closing it: with the browser still
	 * connected that is the close itself, not a failure; a browser that died is still reported.
	 */
	private void closeContext() {
		try {
			page.close();
			context.close();
		} catch (PlaywrightException e) {
			if (!browser.isConnected()) {
				throw e;
			}
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void resize(int width, int height) {
		page.setViewportSize(width, height);
	}

	/** Saves the page as it is now under target/screenshots/. */
	protected void screenshot(String name) {
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setAnimations(ScreenshotAnimations.DISABLED)
			.setPath(Paths.get("target", "screenshots", testName + "-" + name + ".png")));
	}

	protected void logIn(String username, String password) {
		page.navigate(url("/login"));
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(password);
		page.locator("[data-test=login]").click();
	}

	/** A small PNG of one colour: the photo a test attaches from the "camera". */
	protected static byte[] photo(int rgb) {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(48, 48,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new java.awt.Color(rgb));
		g.fillRect(0, 0, 48, 48);
		g.dispose();
		try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			javax.imageio.ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
