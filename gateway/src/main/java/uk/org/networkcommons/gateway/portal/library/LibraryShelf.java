package uk.org.networkcommons.gateway.portal.library;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.portal.shell.ServiceCalls;

/** The library as cameo-service gives it to the signed-in person ({@code /api/library/...}). */
@Component
public class LibraryShelf {

    /** The most a library list asks for at once (the service's own limit). */
    public static final int PAGE_SIZE = 50;

    private final ServiceCalls calls;

    LibraryShelf(ServiceCalls calls) {
        this.calls = calls;
    }

    public Mono<List<Challenge>> challenges(ServerWebExchange exchange) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/library/challenges").build(),
                new ParameterizedTypeReference<List<Challenge>>() { });
    }

    public Mono<Challenge> challenge(ServerWebExchange exchange, String id) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/library/challenges/{id}").build(id),
                Challenge.class);
    }

    /** One page (from 0) of the cameos the person may see, in the library's order. */
    public Mono<List<Cameo>> cameos(ServerWebExchange exchange, int page, int size) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/library/cameos")
                .queryParam("page", page).queryParam("size", size).build(),
                new ParameterizedTypeReference<List<Cameo>>() { });
    }

    public Mono<Cameo> cameo(ServerWebExchange exchange, String id) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/library/cameos/{id}").build(id),
                Cameo.class);
    }

    public Mono<List<Scenario>> scenarios(ServerWebExchange exchange) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/library/scenarios").build(),
                new ParameterizedTypeReference<List<Scenario>>() { });
    }

    public Mono<Scenario> scenario(ServerWebExchange exchange, String id) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/library/scenarios/{id}").build(id),
                Scenario.class);
    }

    public Mono<Continuum> continuum(ServerWebExchange exchange) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/library/continuum").build(),
                Continuum.class);
    }

    public Mono<List<Source>> sources(ServerWebExchange exchange) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/library/sources").build(),
                new ParameterizedTypeReference<List<Source>>() { });
    }

    /** One page (from 0) of items of every kind whose text holds {@code text}. */
    public Mono<List<SearchHit>> search(ServerWebExchange exchange, String text, int page, int size) {
        return calls.get(exchange, Service.CAMEO_SERVICE, uri -> uri.path("/api/library/search")
                .queryParam("q", "{q}").queryParam("page", page).queryParam("size", size).build(text),
                new ParameterizedTypeReference<List<SearchHit>>() { });
    }
}
