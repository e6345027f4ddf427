package uk.org.networkcommons.gateway.portal.network;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.portal.shell.ServiceCalls;

/**
 * Networks, memberships, leaders, agreements and organisations, as network-service shows them to the signed-in
 * person; a network they may not see is a 404 {@code ServiceProblem}, as for one that does not exist.
 */
@Component
public class NetworkDirectory {

    /** As many networks as one list asks for (the service's upper limit). */
    static final int MOST_NETWORKS = 200;

    private final ServiceCalls calls;

    NetworkDirectory(ServiceCalls calls) {
        this.calls = calls;
    }

    /** The active networks the person can see, by name. */
    public Mono<List<Network>> visibleNetworks(ServerWebExchange exchange) {
        return calls.get(exchange, Service.NETWORK_SERVICE,
                uri -> uri.path("/api/networks").queryParam("size", MOST_NETWORKS).build(),
                new ParameterizedTypeReference<List<Network>>() { });
    }

    public Mono<Network> network(ServerWebExchange exchange, String networkId) {
        return calls.get(exchange, Service.NETWORK_SERVICE, uri -> uri.path("/api/networks/{id}").build(networkId),
                Network.class);
    }

    /** Today's members. */
    public Mono<List<Member>> members(ServerWebExchange exchange, String networkId) {
        return calls.get(exchange, Service.NETWORK_SERVICE,
                uri -> uri.path("/api/networks/{id}/members").build(networkId),
                new ParameterizedTypeReference<List<Member>>() { });
    }

    public Mono<List<Leader>> leaders(ServerWebExchange exchange, String networkId) {
        return calls.get(exchange, Service.NETWORK_SERVICE,
                uri -> uri.path("/api/networks/{id}/leaders").build(networkId),
                new ParameterizedTypeReference<List<Leader>>() { });
    }

    /** The current partnership agreement; ask only when the network says it has one. */
    public Mono<Agreement> agreement(ServerWebExchange exchange, String networkId) {
        return calls.get(exchange, Service.NETWORK_SERVICE,
                uri -> uri.path("/api/networks/{id}/agreement").build(networkId), Agreement.class);
    }

    public Mono<Organisation> organisation(ServerWebExchange exchange, String organisationId) {
        return calls.get(exchange, Service.NETWORK_SERVICE,
                uri -> uri.path("/api/organisations/{id}").build(organisationId), Organisation.class);
    }

    /** The network's workshops, from cameo-service, which holds them. */
    public Mono<List<WorkshopSummary>> workshops(ServerWebExchange exchange, String networkId) {
        return calls.get(exchange, Service.CAMEO_SERVICE,
                uri -> uri.path("/api/networks/{id}/workshops").build(networkId),
                new ParameterizedTypeReference<List<WorkshopSummary>>() { });
    }
}
