package uk.org.networkcommons.gateway.portal.workshop;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.portal.network.Member;
import uk.org.networkcommons.gateway.portal.network.NetworkDirectory;
import uk.org.networkcommons.gateway.portal.shell.Option;
import uk.org.networkcommons.gateway.portal.shell.ServiceProblem;

/**
 * The organisations a workshop involves, by name: the network's members (named in the members list) and the
 * participants that are not members (partner agencies), looked up in the organisation register one by one.
 */
@Component
class Participants {

    private final NetworkDirectory directory;

    Participants(NetworkDirectory directory) {
        this.directory = directory;
    }

    /** Names by organisation id, members first; an organisation the register does not know keeps its id. */
    Mono<Map<String, String>> names(ServerWebExchange exchange, Workshop workshop, List<Member> members) {
        Map<String, String> names = new LinkedHashMap<>();
        members.forEach(member -> names.put(member.organisationId(), member.displayName()));
        List<String> unknown = workshop.participantOrganisationIds().stream().filter(id -> !names.containsKey(id)).toList();
        return Flux.fromIterable(unknown)
                .flatMapSequential(id -> directory.organisation(exchange, id)
                        .map(organisation -> Map.entry(id, organisation.name() == null ? id : organisation.name()))
                        .onErrorResume(ServiceProblem.class, problem -> problem.isNotFound()
                                ? Mono.just(Map.entry(id, id)) : Mono.error(problem)), 4)
                .collectList()
                .map(found -> {
                    found.forEach(entry -> names.put(entry.getKey(), entry.getValue()));
                    return names;
                });
    }

    /** Who may own a proposed action: the workshop's participants and the network's members, by name. */
    static List<Option> owners(Workshop workshop, List<Member> members, Map<String, String> names) {
        Map<String, String> owners = new LinkedHashMap<>();
        workshop.participantOrganisationIds().forEach(id -> owners.put(id, names.getOrDefault(id, id)));
        members.forEach(member -> owners.put(member.organisationId(), member.displayName()));
        return owners.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(String.CASE_INSENSITIVE_ORDER))
                .map(entry -> Option.of(entry.getKey(), entry.getValue()))
                .collect(Collectors.toList());
    }

    /** The network's members as participant choices, by name. */
    static List<Option> memberOptions(List<Member> members) {
        return members.stream().sorted(Comparator.comparing(Member::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(member -> Option.of(member.organisationId(), member.displayName())).toList();
    }
}
