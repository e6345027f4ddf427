package uk.org.networkcommons.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.cloud.gateway.event.RefreshRoutesEvent;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionWriter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * A service that is down or hangs. "Down" is the action-tracker route exactly as configured (same filters, same
 * metadata) pointed at a port where nothing listens, added at run time under a path of its own and with a circuit
 * breaker of its own, so the real action-tracker breaker and the other tests are untouched.
 */
@GatewayIntegrationTest
class UpstreamFailureTest {

    /** Scheduling slack on a busy machine; the point is "about the timeout", not "forever". */
    private static final Duration SLACK = Duration.ofSeconds(3);

    @Autowired
    WebTestClient web;

    @Autowired
    HttpClientProperties httpClient;

    @Autowired
    RoutingProperties properties;

    @Autowired
    GatewayProperties gateway;

    @Autowired
    RouteDefinitionWriter routeWriter;

    @Autowired
    RouteLocator routeLocator;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    private final List<String> addedRoutes = new ArrayList<>();
    private String bearer;

    @BeforeEach
    void services() {
        FakeServices.reset();
        bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).bearer();
    }

    @AfterEach
    void removeAddedRoutes() {
        addedRoutes.forEach(id -> routeWriter.delete(Mono.just(id)).block());
        events.publishEvent(new RefreshRoutesEvent(this));
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIs503NamingItWithinTheResponseTimeout() {
        Duration timeout = httpClient.getResponseTimeout();
        FakeServices.of(Service.ACTION_TRACKER)
                .answer("GET /api/actions", Answer.json("[]").after(timeout.plus(SLACK).plusSeconds(2).toMillis()));

        long started = System.nanoTime();
        web.mutate().responseTimeout(timeout.plus(SLACK).plusSeconds(5)).build()
                .get().uri("/api/actions").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://networkcommons.org.uk/problems/service-unavailable")
                .jsonPath("$.service").isEqualTo("action-tracker")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("action-tracker"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isGreaterThanOrEqualTo(timeout.minusMillis(100)).isLessThan(timeout.plus(SLACK));
    }

    @Test
    void callsBeyondAServicesBulkheadAre503BusyWithRetryAfterNot500() throws Exception {
        FakeServices.of(Service.ACTION_TRACKER).answer("GET /api/actions", Answer.json("[]").after(1500));
        WebTestClient patient = web.mutate().responseTimeout(Duration.ofSeconds(15)).build();
        List<Future<EntityExchangeResult<byte[]>>> calls = new ArrayList<>();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 60; i++) {
                calls.add(callers.submit(() -> patient.get().uri("/api/actions")
                        .header(HttpHeaders.AUTHORIZATION, bearer).exchange().expectBody().returnResult()));
            }
        }
        Map<Integer, Integer> statuses = new TreeMap<>();
        EntityExchangeResult<byte[]> turnedAway = null;
        for (Future<EntityExchangeResult<byte[]>> call : calls) {
            EntityExchangeResult<byte[]> result = call.get();
            statuses.merge(result.getStatus().value(), 1, Integer::sum);
            if (result.getStatus().value() == 503) {
                turnedAway = result;
            }
        }

        assertThat(statuses.keySet()).as("statuses of 60 concurrent calls: %s", statuses).containsOnly(200, 503);
        assertThat(turnedAway).as("statuses of 60 concurrent calls: %s", statuses).isNotNull();
        assertThat(turnedAway.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(turnedAway.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(new String(turnedAway.getResponseBodyContent()))
                .contains("https://networkcommons.org.uk/problems/service-busy", "action-tracker");
    }

    @Test
    void aServiceThatIsDownIs503NamingItPromptly() {
        String path = routeToNothing("action-tracker", "down-" + UUID.randomUUID());

        long started = System.nanoTime();
        web.get().uri(path + "/a-1").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.service").isEqualTo("action-tracker")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("action-tracker"));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

        assertThat(elapsed).isLessThan(Duration.ofMillis(httpClient.getConnectTimeout()).plus(SLACK));
    }

    @Test
    void aServiceThatKeepsFailingHasItsCircuitOpenedAndCallersAreToldWhenToRetry() {
        String breaker = "down-" + UUID.randomUUID();
        String path = routeToNothing("action-tracker", breaker);

        for (int call = 0; call < properties.circuitBreaker().minimumNumberOfCalls(); call++) {
            web.get().uri(path + "/a-" + call).header(HttpHeaders.AUTHORIZATION, bearer)
                    .exchange()
                    .expectStatus().isEqualTo(503);
        }

        assertThat(breakers.getCircuitBreakerRegistry().circuitBreaker(breaker).getState())
                .isEqualTo(CircuitBreaker.State.OPEN);
        web.get().uri(path + "/a-next").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER,
                        Long.toString(properties.circuitBreaker().waitInOpenState().toSeconds()))
                .expectBody().jsonPath("$.service").isEqualTo("action-tracker");
    }

    @Test
    void aServicesOwnErrorAnswerPassesThroughUntouchedAndDoesNotCountAsAFailure() {
        String problem = "{\"type\":\"https://networkcommons.org.uk/problems/internal-error\",\"title\":\"Internal "
                + "Server Error\",\"status\":500,\"correlationId\":\"c-1\"}";
        FakeServices.of(Service.ACTION_TRACKER)
                .answer("GET /api/actions", Answer.json("[]"))
                .answer("GET /api/actions/a-1", Answer.json(500, problem));
        web.get().uri("/api/actions").header(HttpHeaders.AUTHORIZATION, bearer).exchange().expectStatus().isOk();
        List<CircuitBreakerEvent.Type> recorded = new CopyOnWriteArrayList<>();
        breakers.getCircuitBreakerRegistry().find("action-tracker").orElseThrow().getEventPublisher()
                .onEvent(event -> recorded.add(event.getEventType()));

        web.get().uri("/api/actions/a-1").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isEqualTo(500)
                .expectBody().json(problem);

        assertThat(recorded).contains(CircuitBreakerEvent.Type.SUCCESS).doesNotContain(CircuitBreakerEvent.Type.ERROR);
    }

    /** Adds the configured route of {@code routeId}, pointed at a closed port; answers the path it serves. */
    private String routeToNothing(String routeId, String breakerName) {
        RouteDefinition configured = gateway.getRoutes().stream().filter(route -> route.getId().equals(routeId))
                .findFirst().orElseThrow();
        String id = "test-" + breakerName;
        String path = "/api/" + id;
        RouteDefinition down = new RouteDefinition();
        down.setId(id);
        down.setUri(URI.create("http://127.0.0.1:" + closedPort()));
        down.setPredicates(List.of(new PredicateDefinition("Path=" + path + "/**")));
        down.setMetadata(new LinkedHashMap<>(configured.getMetadata()));
        List<FilterDefinition> filters = new ArrayList<>();
        for (FilterDefinition filter : configured.getFilters()) {
            FilterDefinition copy = new FilterDefinition();
            copy.setName(filter.getName());
            Map<String, String> args = new LinkedHashMap<>(filter.getArgs());
            if (filter.getName().equals("CircuitBreaker")) {
                args.put("name", breakerName);
            }
            copy.setArgs(args);
            filters.add(copy);
        }
        assertThat(filters).extracting(FilterDefinition::getName).contains("CircuitBreaker");
        down.setFilters(filters);
        routeWriter.save(Mono.just(down)).block();
        addedRoutes.add(id);
        events.publishEvent(new RefreshRoutesEvent(this));
        await().atMost(Duration.ofSeconds(10)).until(() ->
                Boolean.TRUE.equals(routeLocator.getRoutes().any(route -> route.getId().equals(id)).block()));
        return path;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
