package uk.org.networkcommons.gateway.portal.network;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.library.LibraryShelf;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;
import uk.org.networkcommons.gateway.security.CurrentViewer;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * A network's page. The network itself is asked for first, so a network the person may not see ends as the portal's
 * 404 before anything else about it is fetched; the rest is fetched in parallel.
 */
@Controller
class NetworkController {

    private final NetworkDirectory directory;
    private final LibraryShelf library;
    private final CurrentViewer currentViewer;

    NetworkController(NetworkDirectory directory, LibraryShelf library, CurrentViewer currentViewer) {
        this.directory = directory;
        this.library = library;
        this.currentViewer = currentViewer;
    }

    @GetMapping("/networks/{networkId}")
    Mono<String> network(ServerWebExchange exchange, @PathVariable String networkId, Model model) {
        return directory.network(exchange, networkId).flatMap(network -> Mono.zip(
                        directory.members(exchange, networkId),
                        directory.leaders(exchange, networkId),
                        agreementOf(exchange, network),
                        directory.workshops(exchange, networkId),
                        library.continuum(exchange),
                        library.scenarios(exchange),
                        currentViewer.of(exchange).switchIfEmpty(Mono.error(ServiceProblem::signInNeeded)))
                .map(parts -> {
                    List<Member> members = parts.getT1();
                    List<Leader> leaders = parts.getT2();
                    Viewer viewer = parts.getT7();
                    model.addAttribute("network", network);
                    model.addAttribute("members", members);
                    model.addAttribute("leaders", leaders);
                    model.addAttribute("agreement", parts.getT3().orElse(null));
                    model.addAttribute("workshops", parts.getT4());
                    model.addAttribute("continuumForm", parts.getT5().form(network.continuumForm()).orElse(null));
                    model.addAttribute("continuumSize", parts.getT5().forms().size());
                    model.addAttribute("scenario", parts.getT6().stream()
                            .filter(scenario -> scenario.model().equals(network.governanceModel()))
                            .findFirst().orElse(null));
                    model.addAttribute("myRoles", NetworkRoles.of(viewer, network, members, leaders));
                    model.addAttribute("mayStartWorkshop", network.isActive() && NetworkRoles.runs(viewer, network, leaders));
                    model.addAttribute("organisationNames", members.stream()
                            .collect(Collectors.toMap(Member::organisationId, Member::displayName,
                                    (first, second) -> first)));
                    return "network/network";
                }));
    }

    private Mono<Optional<Agreement>> agreementOf(ServerWebExchange exchange, Network network) {
        if (network.agreementVersion() == null) {
            return Mono.just(Optional.empty());
        }
        return directory.agreement(exchange, network.id()).map(Optional::of)
                // the network said it has one; a 404 now means it was not there after all, not that the network is gone
                .onErrorResume(ServiceProblem.class, problem -> problem.isNotFound()
                        ? Mono.just(Optional.empty()) : Mono.error(problem));
    }
}
