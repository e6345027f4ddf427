package uk.org.networkcommons.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ResponseStatusException;
import reactor.test.StepVerifier;

class GatewayErrorHandlerTest {

    private final GatewayErrorHandler handler = new GatewayErrorHandler(
            new RoutingProperties.CircuitBreaker(20, 10, 50, Duration.ofSeconds(30), 3));

    @Test
    void anUnexpectedFailureIs500WithACorrelationIdAndNothingOfTheFailureItself() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/networks"));

        handler.handle(exchange, new IllegalStateException("secret host db-7.internal:27017 refused")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        String body = exchange.getResponse().getBodyAsString().block();
        assertThat(body).contains("\"type\":\"https://networkcommons.org.uk/problems/internal-error\"")
                .contains("\"correlationId\":\"")
                .doesNotContain("db-7").doesNotContain("IllegalStateException").doesNotContain("at uk.org");
    }

    @Test
    void aServiceThatCannotBeReachedIsNamedInA503() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/actions"));
        exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, Route.async().id("action-tracker")
                .uri(URI.create("http://127.0.0.1:1")).predicate(any -> true)
                .metadata(Map.of(UpstreamFailures.SERVICE_METADATA, "action-tracker")).build());

        handler.handle(exchange, new ConnectException("Connection refused: /127.0.0.1:1")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"service\":\"action-tracker\"").doesNotContain("127.0.0.1");
    }

    @Test
    void aPageFailureIsLeftToTheErrorPagesWithTheStatusDecidedHere() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/networks/n-1")
                .accept(MediaType.TEXT_HTML));

        StepVerifier.create(handler.handle(exchange, new IllegalStateException("boom")))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(ResponseStatusException.class)
                        .extracting(e -> ((ResponseStatusException) e).getStatusCode())
                        .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR))
                .verify();
        assertThat(exchange.getResponse().isCommitted()).isFalse();
    }
}
