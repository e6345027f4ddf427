package uk.org.networkcommons.gateway.routing;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import uk.org.networkcommons.gateway.security.EdgeRejection;

/**
 * Which failures mean "the service could not be reached in time": a refused or timed-out connection, no answer
 * within the response timeout, a dropped connection, an open circuit breaker. These, and only these, count against a
 * service's circuit breaker and become 503 naming the service; a service's own error answers pass through untouched.
 */
final class UpstreamFailures {

    /** Route metadata naming the service a route leads to, for messages and logs. */
    static final String SERVICE_METADATA = "service";

    private UpstreamFailures() {
    }

    static boolean isUpstreamFailure(Throwable error) {
        if (rejectionIn(error) != null) {
            return false;
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CallNotPermittedException
                    || cause instanceof TimeoutException
                    || cause instanceof io.netty.handler.timeout.TimeoutException
                    || cause instanceof org.springframework.cloud.gateway.support.TimeoutException
                    || cause instanceof ServiceUnavailableException
                    || cause instanceof IOException) {
                return true;
            }
            if (cause instanceof ResponseStatusException status && status.getStatusCode().is5xxServerError()
                    && status.getStatusCode().value() != 500) {
                // 502/503/504 raised by the gateway's own routing and circuit breaker filters
                return true;
            }
        }
        return false;
    }

    /**
     * The gateway's own refusal behind a failure, e.g. an oversized body noticed while the proxy was sending it,
     * which the HTTP client reports wrapped in its own exceptions.
     */
    static EdgeRejection rejectionIn(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof EdgeRejection rejection) {
                return rejection;
            }
        }
        return null;
    }

    /**
     * The service's bulkhead (at most so many calls in flight to one service) turned the call away before it was
     * made: the service is busy, not failing, so it answers 503 but does not count against the circuit breaker.
     */
    static boolean isBulkheadFull(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BulkheadFullException) {
                return true;
            }
        }
        return false;
    }

    static boolean isCircuitOpen(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CallNotPermittedException || cause instanceof ServiceUnavailableException) {
                return true;
            }
        }
        return false;
    }

    /** The service the exchange was routed to; null when it matched no route. */
    static String serviceOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null) {
            return null;
        }
        Object service = route.getMetadata().get(SERVICE_METADATA);
        return service != null ? service.toString() : route.getId();
    }
}
