package uk.org.networkcommons.gateway.portal.shell;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.security.CurrentViewer;

/**
 * How portal pages call the services: as the signed-in person, with their own access token, so every service applies
 * its own rules and the portal can never show more than the API would. A problem answer becomes a
 * {@link ServiceProblem}; a service that does not answer, or not in time, becomes a 503 {@link ServiceProblem}.
 */
@Component
@EnableConfigurationProperties(ServiceEndpoints.class)
public class ServiceCalls {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ServiceCalls.class);

    private final WebClient webClient;
    private final CurrentViewer currentViewer;
    private final ServiceEndpoints endpoints;

    public ServiceCalls(WebClient.Builder webClients, CurrentViewer currentViewer, ServiceEndpoints endpoints) {
        this.webClient = webClients.build();
        this.currentViewer = currentViewer;
        this.endpoints = endpoints;
    }

    /** GET {@code path} (with its query) from the service, read as {@code type}. */
    public <T> Mono<T> get(ServerWebExchange exchange, Service service, Function<UriBuilder, URI> uri, Class<T> type) {
        return call(exchange, HttpMethod.GET, service, uri, null, null, ParameterizedTypeReference.forType(type));
    }

    public <T> Mono<T> get(ServerWebExchange exchange, Service service, Function<UriBuilder, URI> uri,
            ParameterizedTypeReference<T> type) {
        return call(exchange, HttpMethod.GET, service, uri, null, null, type);
    }

    /**
     * Sends a JSON body (POST, PUT, DELETE) and reads the answer as {@code type}; {@code Void.class} for an answer
     * the page does not need.
     *
     * @param body    the JSON body, or null to send none
     * @param ifMatch the ETag the person's form was built from, or null
     */
    public <T> Mono<T> send(ServerWebExchange exchange, HttpMethod method, Service service,
            Function<UriBuilder, URI> uri, Object body, String ifMatch, Class<T> type) {
        return call(exchange, method, service, uri, body, ifMatch, ParameterizedTypeReference.forType(type));
    }

    /** Sends and ignores the answer's body: completes empty when the service accepted it. */
    public Mono<Void> send(ServerWebExchange exchange, HttpMethod method, Service service,
            Function<UriBuilder, URI> uri, Object body, String ifMatch) {
        return call(exchange, method, service, uri, body, ifMatch, new ParameterizedTypeReference<Void>() { }).then();
    }

    private <T> Mono<T> call(ServerWebExchange exchange, HttpMethod method, Service service,
            Function<UriBuilder, URI> uri, Object body, String ifMatch, ParameterizedTypeReference<T> type) {
        URI base = endpoints.of(service);
        return currentViewer.accessToken(exchange)
                .switchIfEmpty(Mono.error(ServiceProblem::signInNeeded))
                .flatMap(token -> {
                    WebClient.RequestBodySpec request = webClient.method(method)
                            .uri(builder -> uri.apply(builder.scheme(base.getScheme()).host(base.getHost()).port(base.getPort())))
                            .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getTokenValue())
                            .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
                    if (ifMatch != null) {
                        request.header(HttpHeaders.IF_MATCH, ifMatch);
                    }
                    WebClient.RequestHeadersSpec<?> ready = body == null ? request
                            : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body);
                    // the body is read inside exchangeToMono: once its Mono completes the connection is released
                    return ready.exchangeToMono(response -> read(response, type));
                })
                .timeout(TIMEOUT, Mono.error(() -> unavailable(service)))
                .onErrorMap(error -> !(error instanceof ServiceProblem), error -> {
                    log.warn("{} {} could not be called: {}", method, service.configName(), error.toString());
                    return unavailable(service);
                });
    }

    private static ServiceProblem unavailable(Service service) {
        return new ServiceProblem(503, "Service unavailable",
                "Part of Network Commons (" + service.configName() + ") is not answering. Try again in a few minutes.",
                List.of());
    }

    private static <T> Mono<T> read(ClientResponse response, ParameterizedTypeReference<T> type) {
        int status = response.statusCode().value();
        if (response.statusCode().isError()) {
            return response.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { })
                    .onErrorResume(notJson -> Mono.empty())
                    .defaultIfEmpty(Map.of())
                    .flatMap(problem -> Mono.error(toProblem(status, problem)));
        }
        return response.bodyToMono(type);
    }

    private static ServiceProblem toProblem(int status, Map<String, Object> problem) {
        if (status == 502 || status == 503 || status == 504) {
            // a gateway or load balancer in front of the service answered for it: the service itself is not there
            return new ServiceProblem(503, "Service unavailable",
                    "Part of Network Commons is not answering. Try again in a few minutes.", List.of());
        }
        List<ServiceProblem.FieldError> fieldErrors = new ArrayList<>();
        if (problem.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                if (error instanceof Map<?, ?> violation) {
                    fieldErrors.add(new ServiceProblem.FieldError(String.valueOf(violation.get("field")),
                            String.valueOf(violation.get("message"))));
                }
            }
        }
        Object title = problem.get("title");
        Object detail = problem.get("detail");
        return new ServiceProblem(status, title == null ? "Something went wrong" : String.valueOf(title),
                detail == null ? null : String.valueOf(detail), fieldErrors);
    }
}
