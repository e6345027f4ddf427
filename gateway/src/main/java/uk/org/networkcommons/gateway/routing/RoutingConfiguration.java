package uk.org.networkcommons.gateway.routing;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How the gateway waits for the services: per service a circuit breaker whose time limit follows the HTTP client's own timeouts, so a service that is down or hangs costs a caller at most the
 * configured timeout and, once its breaker opens, nothing at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RoutingProperties.class)
class RoutingConfiguration {

    /** Slack after the HTTP client's own timeouts, so the client's cleaner timeout normally fires first. */
    static final Duration TIME_LIMIT_SLACK = Duration.ofSeconds(1);

    @Bean
    GatewayErrorHandler gatewayErrorHandler(RoutingProperties properties) {
        return new GatewayErrorHandler(properties.circuitBreaker());
    }

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> upstreamCircuitBreakers(RoutingProperties properties,
            HttpClientProperties httpClient) {
        RoutingProperties.CircuitBreaker breaker = properties.circuitBreaker();
        CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumNumberOfCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(breaker.callsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                .recordException(UpstreamFailures::isUpstreamFailure)
                .build();
        TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom().timeoutDuration(timeLimit(httpClient)).build();
        return factory -> factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                .circuitBreakerConfig(circuitBreaker)
                .timeLimiterConfig(timeLimiter)
                .build());
    }

    static Duration timeLimit(HttpClientProperties httpClient) {
        if (httpClient.getResponseTimeout() == null || httpClient.getConnectTimeout() == null) {
            throw new IllegalStateException("Set spring.cloud.gateway.server.webflux.httpclient.connect-timeout and "
                    + "response-timeout: without them a service that hangs holds its callers indefinitely");
        }
        return httpClient.getResponseTimeout().plusMillis(httpClient.getConnectTimeout()).plus(TIME_LIMIT_SLACK);
    }
}
