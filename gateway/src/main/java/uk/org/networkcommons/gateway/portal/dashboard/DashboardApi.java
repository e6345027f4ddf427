package uk.org.networkcommons.gateway.portal.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.portal.shell.ServiceCalls;

/**
 * The dashboard's calls, as the signed-in person: one LA summary from each service (each answers 404 to anyone but
 * the LA's officers and the admin) and the LA's organisations from the register, to find its schools.
 */
@Component
class DashboardApi {

    static final int ORGANISATION_PAGE = 200;
    /** 5,000 organisations: more than any LA in England has schools, so a runaway loop still stops. */
    static final int MAX_ORGANISATION_PAGES = 25;

    private final ServiceCalls calls;

    DashboardApi(ServiceCalls calls) {
        this.calls = calls;
    }

    Mono<ActionSummary> actions(ServerWebExchange exchange, LaCode la) {
        return calls.get(exchange, Service.ACTION_TRACKER,
                uri -> uri.path("/api/actions/summary").queryParam("laCode", la.value()).build(), ActionSummary.class);
    }

    Mono<NetworkSummary> networks(ServerWebExchange exchange, LaCode la) {
        return calls.get(exchange, Service.NETWORK_SERVICE,
                uri -> uri.path("/api/networks/summary").queryParam("laCode", la.value()).build(),
                NetworkSummary.class);
    }

    Mono<WorkshopSummary> workshops(ServerWebExchange exchange, LaCode la) {
        return calls.get(exchange, Service.CAMEO_SERVICE,
                uri -> uri.path("/api/workshops/summary").queryParam("laCode", la.value()).build(),
                WorkshopSummary.class);
    }

    /** Every organisation of the LA, a page at a time until a page is not full. */
    Mono<List<Organisation>> organisations(ServerWebExchange exchange, LaCode la) {
        return Flux.range(0, MAX_ORGANISATION_PAGES)
                .concatMap(page -> calls.get(exchange, Service.NETWORK_SERVICE, uri -> uri.path("/api/organisations")
                        .queryParam("laCode", la.value()).queryParam("size", ORGANISATION_PAGE)
                        .queryParam("page", page).build(), new ParameterizedTypeReference<List<Organisation>>() { }))
                .takeUntil(page -> page.size() < ORGANISATION_PAGE)
                .concatMapIterable(page -> page)
                .collectList();
    }

    /** action-tracker's {@code GET /api/actions/summary}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionSummary(String laCode, long total, Map<String, Long> byStatus, Map<String, Long> byOutcome,
            long overdue, long stalled, double completionRate, List<ActionBrief> overdueActions,
            List<ActionBrief> stalledActions) {

        ActionSummary {
            byStatus = byStatus == null ? Map.of() : Map.copyOf(byStatus);
            byOutcome = byOutcome == null ? Map.of() : Map.copyOf(byOutcome);
            overdueActions = overdueActions == null ? List.of() : List.copyOf(overdueActions);
            stalledActions = stalledActions == null ? List.of() : List.copyOf(stalledActions);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActionBrief(String id, String title, String networkId, String status, int progress, LocalDate dueDate,
            String ownerOrganisationId, Instant lastUpdatedAt) {
    }

    /** network-service's {@code GET /api/networks/summary}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NetworkSummary(String laCode, long active, long dissolved, Map<String, Long> byType,
            Map<String, Long> byFocus, List<String> memberOrganisationIds, List<NetworkName> networks) {

        NetworkSummary {
            byType = byType == null ? Map.of() : Map.copyOf(byType);
            byFocus = byFocus == null ? Map.of() : Map.copyOf(byFocus);
            memberOrganisationIds = memberOrganisationIds == null ? List.of() : List.copyOf(memberOrganisationIds);
            networks = networks == null ? List.of() : List.copyOf(networks);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record NetworkName(String id, String name, String type, String status, int memberCount) {
    }

    /** cameo-service's {@code GET /api/workshops/summary}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record WorkshopSummary(String laCode, long total, long held, long planned, Map<String, Long> heldByNetwork,
            List<HeldWorkshop> recentlyHeld) {

        WorkshopSummary {
            heldByNetwork = heldByNetwork == null ? Map.of() : Map.copyOf(heldByNetwork);
            recentlyHeld = recentlyHeld == null ? List.of() : List.copyOf(recentlyHeld);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record HeldWorkshop(String id, String networkId, String title, LocalDate date, Instant completedAt) {
    }

    /** An entry of network-service's organisation register. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organisation(String id, String name, String kind, String laCode) {
    }
}
