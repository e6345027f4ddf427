package uk.org.networkcommons.gateway.routing;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import uk.org.networkcommons.gateway.security.ApiRequests;
import uk.org.networkcommons.gateway.security.EdgeRejection;
import uk.org.networkcommons.platform.problem.Problems;

/**
 * The gateway's one error handler. Every failure of an API call (a path under {@code /api}, {@code /v3/api-docs},
 * {@code /actuator}, or a request that does not ask for HTML) is answered as RFC 9457 problem+json in the platform's
 * shape: the gateway's own refusals as raised, a service that cannot be reached as 503 naming it, anything unexpected
 * as 500 with a correlation id and nothing else. Page requests go on to Spring Boot's error handling, which renders the
 * portal's {@code error/<status>} templates; the status and headers (e.g. {@code Retry-After}) are decided here.
 *
 * <p>It is a plain {@link WebExceptionHandler} ordered before Boot's, not a Boot {@code ErrorWebExceptionHandler}
 * bean, which would switch Boot's page rendering off.
 */
final class GatewayErrorHandler implements WebExceptionHandler, Ordered {

    static final String SERVICE_UNAVAILABLE = "service-unavailable";
    static final String SERVICE_BUSY = "service-busy";

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RoutingProperties.CircuitBreaker breakers;

    GatewayErrorHandler(RoutingProperties.CircuitBreaker breakers) {
        this.breakers = breakers;
    }

    @Override
    public int getOrder() {
        return -2;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        EdgeRejection rejection = UpstreamFailures.rejectionIn(failure);
        Throwable error = rejection != null ? rejection : failure;
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        Answer answer = answer(exchange, error);
        response.getHeaders().addAll(answer.headers());
        ServerHttpRequest request = exchange.getRequest();
        if (!ApiRequests.isApi(request) && ApiRequests.wantsPage(request) && !refusedCredentials(request, answer)) {
            return Mono.error(error instanceof ResponseStatusException status
                    && status.getStatusCode().equals(answer.status()) ? error
                    : new ResponseStatusException(answer.status(), answer.problem().getDetail(), error));
        }
        answer.problem().setInstance(Problems.instance(request.getPath().value()));
        byte[] body = JSON.writeValueAsBytes(Problems.members(answer.problem()));
        response.setStatusCode(answer.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /**
     * Credentials sent in the {@code Authorization} header (a bearer token, even a malformed one) and refused: the
     * caller is a program, refused as the security chain's entry point refuses API clients, so it gets the problem and
     * the challenge rather than the portal's sign-in page, whatever its {@code Accept} header says.
     */
    private static boolean refusedCredentials(ServerHttpRequest request, Answer answer) {
        return answer.status().value() == HttpStatus.UNAUTHORIZED.value()
                && request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
    }

    private record Answer(HttpStatusCode status, ProblemDetail problem, HttpHeaders headers) {
    }

    private Answer answer(ServerWebExchange exchange, Throwable error) {
        String service = UpstreamFailures.serviceOf(exchange);
        if (service != null && UpstreamFailures.isBulkheadFull(error)) {
            return busy(exchange, service);
        }
        if (service != null && UpstreamFailures.isUpstreamFailure(error)) {
            return unavailable(exchange, service, error);
        }
        if (error instanceof ErrorResponse known && (!known.getStatusCode().is5xxServerError() || isOwnProblem(known))) {
            return fromErrorResponse(known);
        }
        if (error instanceof DataBufferLimitException) {
            HttpStatus status = HttpStatus.CONTENT_TOO_LARGE;
            return new Answer(status, Problems.of(status, Problems.PAYLOAD_TOO_LARGE, "Request too large",
                    Problems.defaultDetail(status)), HttpHeaders.EMPTY);
        }
        if (error instanceof OAuth2AuthorizationException expired) {
            // the session's tokens could not be refreshed (Keycloak session ended or refresh token expired)
            log.debug("Session tokens unusable for {}: {}", exchange.getRequest().getPath(), expired.getError());
            HttpStatus status = HttpStatus.UNAUTHORIZED;
            return new Answer(status, Problems.of(status, Problems.UNAUTHENTICATED, "Sign in again",
                    "Your sign-in has expired. Sign in again to continue."), HttpHeaders.EMPTY);
        }
        String correlationId = Problems.newCorrelationId();
        log.error("Unexpected failure {} answering {} {}", correlationId, exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), error);
        HttpStatus status = HttpStatus.INTERNAL_SERVER_ERROR;
        return new Answer(status, Problems.internalError(status, correlationId), HttpHeaders.EMPTY);
    }

    private static Answer busy(ServerWebExchange exchange, String service) {
        log.warn("{} has as many calls in flight as its bulkhead allows; turned away {} {}", service,
                exchange.getRequest().getMethod(), exchange.getRequest().getPath());
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        ProblemDetail problem = Problems.of(status, SERVICE_BUSY, "Service busy", "Part of Network Commons ("
                + service + ") is answering as many requests as it can. Try again in a moment.");
        problem.setProperty("service", service);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return new Answer(status, problem, headers);
    }

    private Answer unavailable(ServerWebExchange exchange, String service, Throwable error) {
        boolean open = UpstreamFailures.isCircuitOpen(error);
        log.warn("{} did not answer {} {}{}: {}", service, exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), open ? " (circuit open)" : "", error.toString());
        HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
        ProblemDetail problem = Problems.of(status, SERVICE_UNAVAILABLE, "Service unavailable",
                "Part of Network Commons (" + service + ") is not answering. Try again in a few minutes.");
        problem.setProperty("service", service);
        HttpHeaders headers = new HttpHeaders();
        if (open) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, breakers.waitInOpenState().toSeconds())));
        }
        return new Answer(status, problem, headers);
    }

    /**
     * Spring's own errors (no route or resource: 404, wrong method: 405 with {@code Allow}, unreadable input: 400)
     * get the platform's type, title and wording; their own text names Spring internals. The gateway's rejections
     * already carry their problem.
     */
    private static Answer fromErrorResponse(ErrorResponse known) {
        HttpStatusCode status = known.getStatusCode();
        ProblemDetail problem;
        if (isOwnProblem(known)) {
            problem = known.getBody();
        } else {
            problem = Problems.of(status, Problems.defaultSlug(status), Problems.defaultTitle(status),
                    Problems.defaultDetail(status));
        }
        return new Answer(status, problem, known.getHeaders());
    }

    private static boolean isOwnProblem(ErrorResponse known) {
        URI type = known.getBody().getType();
        return type != null && type.toString().startsWith(Problems.TYPE_BASE);
    }
}
