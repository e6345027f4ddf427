package uk.org.networkcommons.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser journey is only as good as its tools: this proves, on pages served here, that Chromium starts, that
 * axe-core catches a serious violation and passes a clean page, and that screenshots are written.
 */
class BrowserHarnessTest {

    private static final Map<String, String> PAGES = Map.of(
            "/clean", """
                    <!DOCTYPE html><html lang="en"><head><title>Clean</title></head><body><main>
                    <h1>Search the library</h1><form><label for="q">Search</label><input id="q" name="q" type="text">
                    <button type="submit">Search</button></form></main></body></html>""",
            "/unlabelled", """
                    <!DOCTYPE html><html lang="en"><head><title>Unlabelled</title></head><body><main>
                    <h1>Search the library</h1><form><input name="q" type="text"><button type="submit"></button></form>
                    </main></body></html>""");

    private static HttpServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Chromium.installed(), "Debian's chromium and chromium-driver are not installed");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = PAGES.getOrDefault(exchange.getRequestURI().getPath(), "").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        server.start();
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void axeReportsAnUnlabelledInputAsBlocking() {
        browser.get(url("/unlabelled"));
        List<String> blocking = new AccessibilityCheck(Path.of("target/axe-harness")).blockingViolations(browser, "unlabelled");
        assertThat(blocking).anySatisfy(violation -> assertThat(violation).contains("label"));
    }

    @Test
    void axeFindsNothingBlockingOnACleanPage() {
        browser.get(url("/clean"));
        assertThat(new AccessibilityCheck(Path.of("target/axe-harness")).blockingViolations(browser, "clean")).isEmpty();
    }

    @Test
    void screenshotsAreWrittenUnderTarget() throws IOException {
        browser.get(url("/clean"));
        Path file = new Screenshots(Path.of("target/screenshots-harness")).take(browser, "clean");
        assertThat(Files.size(file)).isGreaterThan(1000);
    }
}
