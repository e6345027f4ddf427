package uk.org.networkcommons.gateway.portal.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.network.Network;
import uk.org.networkcommons.gateway.portal.network.NetworkDirectory;
import uk.org.networkcommons.gateway.portal.network.NetworkRoles;
import uk.org.networkcommons.gateway.portal.shell.Dates;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.portal.shell.ServiceCalls;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;
import uk.org.networkcommons.gateway.security.CurrentViewer;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The home page. Its three parts come from three places (network-service, action-tracker, the event stream) and are
 * fetched in parallel; a part whose service is down says so while the others still show.
 */
@Controller
class HomeController {

    /** "Due soon" is today and the next fortnight. */
    static final int DUE_SOON_DAYS = 14;
    /** At most this many actions of each kind; the actions page has the rest. */
    static final int ACTIONS_SHOWN = 20;
    /** network-service calls at once while working out the person's role in each network. */
    static final int CONCURRENT_CALLS = 4;

    private final NetworkDirectory directory;
    private final ServiceCalls calls;
    private final CurrentViewer currentViewer;
    private final ActivityPanel activity;
    private final Clock clock = Clock.system(Dates.UK);

    HomeController(NetworkDirectory directory, ServiceCalls calls, CurrentViewer currentViewer,
            ActivityPanel activity) {
        this.directory = directory;
        this.calls = calls;
        this.currentViewer = currentViewer;
        this.activity = activity;
    }

    @GetMapping("/")
    Mono<String> home(ServerWebExchange exchange, Model model) {
        LocalDate today = LocalDate.now(clock);
        return currentViewer.of(exchange).switchIfEmpty(Mono.error(ServiceProblem::signInNeeded))
                .flatMap(viewer -> Mono.zip(myNetworks(exchange, viewer), overdue(exchange),
                                dueSoon(exchange, today), activity.recent(viewer))
                        .map(parts -> {
                            Part<List<MyNetwork>> networks = parts.getT1();
                            model.addAttribute("networks", networks);
                            model.addAttribute("overdue", parts.getT2());
                            model.addAttribute("dueSoon", parts.getT3());
                            model.addAttribute("activity", parts.getT4());
                            model.addAttribute("networkNames", networks.available()
                                    ? networks.value().stream().map(MyNetwork::network).collect(Collectors.toMap(
                                            Network::id, Network::name, (first, second) -> first))
                                    : Map.of());
                            model.addAttribute("dueSoonUntil", today.plusDays(DUE_SOON_DAYS));
                            return "home/home";
                        }));
    }

    /**
     * The networks the person can see, each with their role. Those who govern every network they see (the platform
     * admin, LA officers) need no further calls; anyone else sees few networks, and each costs one members and one
     * leaders call, as network-service has no list of a person's networks with their role in each.
     */
    private Mono<Part<List<MyNetwork>>> myNetworks(ServerWebExchange exchange, Viewer viewer) {
        return available(directory.visibleNetworks(exchange)
                .flatMap(networks -> Flux.fromIterable(networks)
                        .flatMapSequential(network -> NetworkRoles.governs(viewer, network)
                                ? Mono.just(new MyNetwork(network, NetworkRoles.of(viewer, network, List.of(), List.of())))
                                : Mono.zip(directory.members(exchange, network.id()),
                                                directory.leaders(exchange, network.id()))
                                        .map(both -> new MyNetwork(network,
                                                NetworkRoles.of(viewer, network, both.getT1(), both.getT2()))),
                                CONCURRENT_CALLS)
                        .collectList())
                .map(list -> list.stream().sorted(Comparator.comparing(mine -> mine.network().name(),
                        String.CASE_INSENSITIVE_ORDER)).toList()));
    }

    private Mono<Part<List<ActionRow>>> overdue(ServerWebExchange exchange) {
        return available(actions(exchange, uri -> uri.queryParam("overdue", true)));
    }

    private Mono<Part<List<ActionRow>>> dueSoon(ServerWebExchange exchange, LocalDate today) {
        // the service's bounds are exclusive: after yesterday and before the day after the fortnight
        return available(actions(exchange, uri -> uri
                .queryParam("dueAfter", today.minusDays(1))
                .queryParam("dueBefore", today.plusDays(DUE_SOON_DAYS + 1)))
                .map(rows -> rows.stream().filter(ActionRow::isOpen).toList()));
    }

    /** The person's own actions (owned by them or their organisation, or with it a party), filtered further. */
    private Mono<List<ActionRow>> actions(ServerWebExchange exchange,
            Function<UriBuilder, UriBuilder> filter) {
        return calls.get(exchange, Service.ACTION_TRACKER, uri -> filter.apply(uri.path("/api/actions")
                        .queryParam("mine", true).queryParam("size", ACTIONS_SHOWN)).build(),
                ActionRow.Page.class).map(ActionRow.Page::items);
    }

    /** A part of the page that shows "not available" when its service is down rather than failing the page. */
    private static <T> Mono<Part<T>> available(Mono<T> part) {
        return part.map(Part::of).onErrorResume(ServiceProblem.class, problem -> problem.isUnavailable()
                ? Mono.just(Part.unavailable()) : Mono.error(problem));
    }
}
