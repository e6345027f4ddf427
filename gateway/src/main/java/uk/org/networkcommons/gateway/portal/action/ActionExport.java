package uk.org.networkcommons.gateway.portal.action;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.portal.shell.ServiceEndpoints;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;
import uk.org.networkcommons.gateway.security.CurrentViewer;

/**
 * Streams action-tracker's CSV export to the browser as the signed-in person. It does not go through
 * {@code ServiceCalls}, which reads whole JSON answers: an export of up to 10,000 actions is passed on as it arrives,
 * never held in the gateway's memory.
 */
@Component
class ActionExport {

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final WebClient webClient;
    private final CurrentViewer currentViewer;
    private final ServiceEndpoints endpoints;

    ActionExport(WebClient.Builder webClients, CurrentViewer currentViewer, ServiceEndpoints endpoints) {
        this.webClient = webClients.build();
        this.currentViewer = currentViewer;
        this.endpoints = endpoints;
    }

    Mono<Void> stream(ServerWebExchange exchange, ActionListQuery query) {
        URI uri = query.filters(UriComponentsBuilder.fromUri(endpoints.of(Service.ACTION_TRACKER))
                .path("/api/actions/export.csv")).build();
        return currentViewer.accessToken(exchange)
                .switchIfEmpty(Mono.error(() -> new ServiceProblem(401, "Sign in", "Sign in to continue.", List.of())))
                .flatMap(token -> webClient.get().uri(uri)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getTokenValue())
                        .accept(TEXT_CSV, MediaType.APPLICATION_PROBLEM_JSON)
                        .exchangeToMono(upstream -> pass(upstream, exchange.getResponse())));
    }

    private static Mono<Void> pass(ClientResponse upstream, ServerHttpResponse response) {
        if (upstream.statusCode().isError()) {
            int status = upstream.statusCode().value();
            return upstream.bodyToMono(new ParameterizedTypeReference<Map<String, Object>>() { })
                    .onErrorResume(notJson -> Mono.empty())
                    .defaultIfEmpty(Map.of())
                    .flatMap(problem -> Mono.error(new ServiceProblem(status,
                            String.valueOf(problem.getOrDefault("title", "The export failed")),
                            problem.get("detail") == null ? null : String.valueOf(problem.get("detail")),
                            List.of())));
        }
        response.setStatusCode(HttpStatus.OK);
        response.getHeaders().setContentType(upstream.headers().contentType()
                .orElse(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)));
        response.getHeaders().setContentDisposition(ContentDisposition.attachment().filename("actions.csv").build());
        return response.writeWith(upstream.bodyToFlux(DataBuffer.class));
    }
}
