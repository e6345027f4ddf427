package uk.org.networkcommons.gateway.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the gateway waits for services ({@code network-commons.gateway.*}). Connect and response timeouts are the
 * gateway's own {@code spring.cloud.gateway.server.webflux.httpclient} settings, which the circuit breakers follow.
 *
 * @param circuitBreaker when a service is taken out of use after failing
 */
@ConfigurationProperties("network-commons.gateway")
public record RoutingProperties(@DefaultValue CircuitBreaker circuitBreaker) {

    /**
     * One breaker per service (named in each route's {@code CircuitBreaker} filter), counting only failures to reach
     * it (refused connections, timeouts), never its own error answers.
     *
     * @param slidingWindowSize     calls the failure rate is measured over
     * @param minimumNumberOfCalls  calls needed before the rate is judged at all
     * @param failureRateThreshold  percentage of failed calls that opens the breaker
     * @param waitInOpenState       how long an open breaker refuses calls before letting a few through to probe
     * @param callsInHalfOpenState  probe calls that decide whether to close again
     */
    public record CircuitBreaker(@DefaultValue("20") int slidingWindowSize,
            @DefaultValue("10") int minimumNumberOfCalls, @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("30s") Duration waitInOpenState, @DefaultValue("3") int callsInHalfOpenState) {
    }
}
