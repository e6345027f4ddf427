package uk.org.networkcommons.gateway.portal.action;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.portal.shell.ServiceCalls;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;

/**
 * The calls the actions pages make, as the signed-in person, and the parts of the services' answers they read.
 * action-tracker owns the actions; network-service names the networks and organisations they mention.
 */
@Component
class ActionsApi {

    static final int PAGE_SIZE = 25;
    /** The most networks the filter offers and the most organisations of an LA the party form offers (one page each). */
    static final int LIST_SIZE = 200;
    private static final int PARALLEL_LOOKUPS = 8;

    private final ServiceCalls calls;

    ActionsApi(ServiceCalls calls) {
        this.calls = calls;
    }

    Mono<ActionPage> list(ServerWebExchange exchange, ActionListQuery query) {
        return calls.get(exchange, Service.ACTION_TRACKER, uri -> query.filters(uri.path("/api/actions"))
                .queryParam("size", PAGE_SIZE)
                .queryParamIfPresent("cursor", query.cursorParam())
                .build(), ActionPage.class);
    }

    Mono<ActionView> get(ServerWebExchange exchange, String id) {
        return calls.get(exchange, Service.ACTION_TRACKER, uri -> uri.path("/api/actions/{id}").build(id),
                ActionView.class);
    }

    Mono<List<UpdateEntry>> updates(ServerWebExchange exchange, String id) {
        return calls.get(exchange, Service.ACTION_TRACKER, uri -> uri.path("/api/actions/{id}/updates").build(id),
                new ParameterizedTypeReference<List<UpdateEntry>>() { });
    }

    /** Sends a change of one action ({@code status}, {@code progress}, {@code comments} or {@code parties}). */
    Mono<ActionView> change(ServerWebExchange exchange, String id, String what, Map<String, Object> body,
            String ifMatch) {
        return calls.send(exchange, HttpMethod.POST, Service.ACTION_TRACKER,
                uri -> uri.path("/api/actions/{id}/{what}").build(id, what), body, ifMatch, ActionView.class);
    }

    /** The networks the person can see, dissolved ones too (old actions still name them), by name. */
    Mono<List<Network>> networks(ServerWebExchange exchange) {
        return calls.get(exchange, Service.NETWORK_SERVICE, uri -> uri.path("/api/networks")
                .queryParam("includeDissolved", true).queryParam("size", LIST_SIZE).build(),
                new ParameterizedTypeReference<List<Network>>() { });
    }

    /** The network, or empty when the person may not see it (a partner agency that is not a member). */
    Mono<Network> network(ServerWebExchange exchange, String id) {
        return calls.get(exchange, Service.NETWORK_SERVICE, uri -> uri.path("/api/networks/{id}").build(id),
                Network.class).onErrorResume(ServiceProblem.class,
                        problem -> problem.isNotFound() ? Mono.empty() : Mono.error(problem));
    }

    /** The organisations of an LA, from the register everyone signed in may read. */
    Mono<List<Organisation>> organisationsOf(ServerWebExchange exchange, String laCode) {
        return calls.get(exchange, Service.NETWORK_SERVICE, uri -> uri.path("/api/organisations")
                .queryParam("laCode", laCode).queryParam("size", LIST_SIZE).build(),
                new ParameterizedTypeReference<List<Organisation>>() { });
    }

    /**
     * The names of these organisations, by id. Ids the register does not know keep no name (the page shows the id),
     * so a stale id never fails a page.
     */
    Mono<Map<String, String>> organisationNames(ServerWebExchange exchange, Collection<String> ids) {
        Set<String> distinct = new LinkedHashSet<>(ids);
        return Flux.fromIterable(distinct)
                .flatMapSequential(id -> calls.get(exchange, Service.NETWORK_SERVICE,
                        uri -> uri.path("/api/organisations/{id}").build(id), Organisation.class)
                        .onErrorResume(ServiceProblem.class, problem -> problem.isNotFound() ? Mono.empty()
                                : Mono.error(problem)), PARALLEL_LOOKUPS)
                .collectMap(Organisation::id, Organisation::name, LinkedHashMap::new);
    }

    /** An action as action-tracker's {@code GET /api/actions/{id}} shows it (the fields the pages use). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionView(String id, String title, String description, String networkId, String laCode, Origin origin,
            String ownerOrganisationId, List<String> partyOrganisationIds, LocalDate dueDate, String priority,
            List<String> outcomes, String status, String statusReason, int progress, List<Milestone> milestones,
            Instant createdAt, Instant lastUpdatedAt, long version) {

        ActionView {
            partyOrganisationIds = partyOrganisationIds == null ? List.of() : List.copyOf(partyOrganisationIds);
            outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }

        /** The ETag action-tracker gives this version, to send back as If-Match. */
        String etag() {
            return "\"" + version + "\"";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Origin(String kind, String workshopId, String proposalId) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Milestone(String title, LocalDate due, boolean done) {
    }

    /** One page of {@code GET /api/actions}; {@code nextCursor} is null on the last. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionPage(List<ActionRow> items, String nextCursor) {

        ActionPage {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionRow(String id, String title, String networkId, String status, int progress, String priority,
            LocalDate dueDate, String ownerOrganisationId) {
    }

    /** One entry of an action's history ({@code GET /api/actions/{id}/updates}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record UpdateEntry(int sequence, String kind, String by, Instant at, List<Change> changes, String comment,
            String evidenceLink) {

        UpdateEntry {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(String field, String from, String to) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Network(String id, String laCode, String name, String status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisation(String id, String name, String kind, String laCode) {
    }
}
