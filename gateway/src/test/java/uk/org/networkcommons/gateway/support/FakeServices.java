package uk.org.networkcommons.gateway.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import uk.org.networkcommons.gateway.portal.shell.Service;

/**
 * One real HTTP server per upstream service, in the test JVM, standing in for network-service, cameo-service and
 * action-tracker in the gateway's own tests (the real services meet the gateway in the browser tests under
 * {@code infra}). A test says what each path answers and reads what the gateway sent. The servers start once per JVM
 * and the context points every route and portal call at them, so the context stays cacheable.
 */
public final class FakeServices implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Map<Service, FakeService> SERVICES = new EnumMap<>(Service.class);

    static {
        for (Service service : Service.values()) {
            SERVICES.put(service, new FakeService());
        }
    }

    public static FakeService of(Service service) {
        return SERVICES.get(service);
    }

    /** Forgets every answer and every recorded request; call before each test. */
    public static void reset() {
        SERVICES.values().forEach(FakeService::reset);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        List<String> properties = new ArrayList<>();
        properties.add("NETWORK_SERVICE_URI=" + of(Service.NETWORK_SERVICE).baseUrl());
        properties.add("CAMEO_SERVICE_URI=" + of(Service.CAMEO_SERVICE).baseUrl());
        properties.add("ACTION_TRACKER_URI=" + of(Service.ACTION_TRACKER).baseUrl());
        TestPropertyValues.of(properties).applyTo(context);
    }

    /** A request the gateway forwarded or made. */
    public record Received(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .findFirst().map(entry -> entry.getValue().getFirst()).orElse(null);
        }
    }

    /** What a fake answers: status, content type and body. */
    public record Answer(int status, String contentType, String body, long delayMillis) {

        public static Answer json(String body) {
            return new Answer(200, "application/json", body, 0);
        }

        public static Answer json(int status, String body) {
            return new Answer(status, status >= 400 ? "application/problem+json" : "application/json", body, 0);
        }

        /** Answers only after a delay: a service that hangs. */
        public Answer after(long millis) {
            return new Answer(status, contentType, body, millis);
        }
    }

    public static final class FakeService {

        private static final Function<Received, Answer> NO_RULES = request -> null;

        private final HttpServer server;
        private final Map<String, Answer> answers = new ConcurrentHashMap<>();
        private final List<Received> received = new CopyOnWriteArrayList<>();
        private volatile Function<Received, Answer> rules = NO_RULES;

        private FakeService() {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start a fake upstream service", e);
            }
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/", this::handle);
            server.start();
        }

        public String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        /** Answers {@code METHOD path} (path without query, e.g. {@code GET /api/networks}) with {@code answer}. */
        public FakeService answer(String methodAndPath, Answer answer) {
            answers.put(methodAndPath, answer);
            return this;
        }

        /**
         * Answers worked out from each request, as the real service would work them out (its validation of the body,
         * its If-Match check): asked before the fixed answers; a null from it leaves the request to them.
         */
        public FakeService answerWith(Function<Received, Answer> serviceRules) {
            this.rules = serviceRules;
            return this;
        }

        public List<Received> received() {
            return List.copyOf(received);
        }

        void reset() {
            answers.clear();
            received.clear();
            rules = NO_RULES;
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String path = exchange.getRequestURI().getRawPath();
                String query = exchange.getRequestURI().getRawQuery();
                Received request = new Received(exchange.getRequestMethod(), query == null ? path : path + "?" + query,
                        Map.copyOf(exchange.getRequestHeaders()), body);
                received.add(request);
                Answer ruled;
                try {
                    ruled = rules.apply(request);
                } catch (RuntimeException broken) {
                    // a fault of the test's own rules must not pass for the gateway's: it answers 500, which fails the test
                    broken.printStackTrace();
                    ruled = new Answer(500, "text/plain", "The fake's rules failed: " + broken, 0);
                }
                Answer answer = ruled != null ? ruled : answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                        Answer.json(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No such resource.\"}"));
                if (answer.delayMillis() > 0) {
                    Thread.sleep(answer.delayMillis());
                }
                byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", answer.contentType());
                exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
