package uk.org.networkcommons.networkservice.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.networkservice.network.JoinRequest;
import uk.org.networkcommons.networkservice.network.Membership;
import uk.org.networkcommons.networkservice.network.Network;
import uk.org.networkcommons.networkservice.network.NetworkPolicy.Action;
import uk.org.networkcommons.networkservice.network.Networks;
import uk.org.networkcommons.networkservice.organisation.Organisation;
import uk.org.networkcommons.networkservice.organisation.Organisations;
import uk.org.networkcommons.platform.problem.ForbiddenException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Who is in a network, and how organisations come and go. Co-ordinators and officers of the network's LA admit members,
 * record departures and decide join requests; staff of an organisation ask for it to join.
 */
@Service
public class MembershipService {

    private final Networks networks;
    private final Organisations organisations;
    private final Clock clock;

    public MembershipService(Networks networks, Organisations organisations, Clock clock) {
        this.networks = networks;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** A membership together with the organisation it is of, for display. */
    public record Member(Membership membership, Organisation organisation) {
    }

    public List<Member> membersOn(Viewer viewer, NetworkId networkId, LocalDate date) {
        Network network = networks.get(viewer, networkId);
        return withOrganisations(network.membersOn(date == null ? LocalDate.now(clock) : date));
    }

    public List<Member> history(Viewer viewer, NetworkId networkId) {
        return withOrganisations(networks.get(viewer, networkId).membershipHistory());
    }

    public Network admit(Viewer viewer, NetworkId networkId, Long expectedVersion, OrganisationId organisationId,
            MembershipRole role, LocalDate effectiveFrom) {
        return networks.change(viewer, networkId, expectedVersion, Action.MANAGE, network -> {
            requireRegistered(organisationId);
            network.admit(organisationId, role, effectiveFrom == null ? LocalDate.now(clock) : effectiveFrom,
                    viewer.userId(), clock);
            return network;
        });
    }

    public Network recordDeparture(Viewer viewer, NetworkId networkId, Long expectedVersion,
            OrganisationId organisationId, LocalDate effectiveOn, String reason) {
        return networks.change(viewer, networkId, expectedVersion, Action.MANAGE, network -> {
            network.recordDeparture(organisationId, effectiveOn == null ? LocalDate.now(clock) : effectiveOn, reason,
                    viewer.userId(), clock);
            return network;
        });
    }

    public List<JoinRequest> joinRequests(Viewer viewer, NetworkId networkId) {
        return networks.getFor(viewer, networkId, Action.MANAGE).joinRequests();
    }

    public Network approve(Viewer viewer, NetworkId networkId, String requestId, LocalDate effectiveFrom) {
        return networks.change(viewer, networkId, null, Action.MANAGE, network -> {
            network.approveJoinRequest(requestId, effectiveFrom == null ? LocalDate.now(clock) : effectiveFrom,
                    viewer.userId(), clock);
            return network;
        });
    }

    public Network reject(Viewer viewer, NetworkId networkId, String requestId, String reason) {
        return networks.change(viewer, networkId, null, Action.MANAGE, network -> {
            network.rejectJoinRequest(requestId, reason, viewer.userId(), clock);
            return network;
        });
    }

    /**
     * Staff of an organisation ask for it to join a network whose id they were given (by its co-ordinator or LA).
     * Nothing about the network is shown to them until they are admitted.
     */
    public JoinRequest requestToJoin(Viewer viewer, OrganisationId organisationId, NetworkId networkId,
            MembershipRole role, String message) {
        if (!viewer.isPlatformAdmin() && !viewer.worksFor(organisationId)) {
            throw new ForbiddenException("Only staff of an organisation can ask for it to join a network");
        }
        organisations.get(organisationId);
        return networks.receiveJoinRequest(networkId,
                network -> network.requestToJoin(organisationId, role, message, viewer.userId(), clock));
    }

    private void requireRegistered(OrganisationId organisationId) {
        if (organisations.find(organisationId).isEmpty()) {
            throw new InvalidRequestException("organisationId", "no organisation with id " + organisationId + " is registered");
        }
    }

    private List<Member> withOrganisations(List<Membership> memberships) {
        Map<OrganisationId, Organisation> byId = organisations
                .findAll(memberships.stream().map(Membership::organisationId).distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return memberships.stream().map(m -> new Member(m, byId.get(m.organisationId()))).toList();
    }
}
