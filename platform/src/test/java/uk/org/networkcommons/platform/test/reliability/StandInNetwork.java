package uk.org.networkcommons.platform.test.reliability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.ContinuumForm;
import uk.org.networkcommons.events.network.CoordinatorAppointed;
import uk.org.networkcommons.events.network.GovernanceModel;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.MemberLeft;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.network.NetworkBasis;
import uk.org.networkcommons.events.network.NetworkFocus;
import uk.org.networkcommons.events.network.NetworkFormed;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkType;
import uk.org.networkcommons.platform.outbox.EventScope;
import uk.org.networkcommons.platform.outbox.OutboxAggregate;

/**
 * A network reduced to who may see and run it, as an outbox aggregate: its changes raise network-service's own event
 * records (each carrying the access after the change) and reach the networks topic through the real
 * {@code AggregateStore} and {@code OutboxRelay}, the way network-service's do. Only {@link NetworkServiceStandIn}
 * changes and saves it.
 */
@Document(StandInNetwork.COLLECTION)
public class StandInNetwork extends OutboxAggregate {

    static final String COLLECTION = "stand_in_networks";

    @Id
    private String id;
    private String laCode;
    private String officer;
    private Set<String> members = new TreeSet<>();
    private Set<String> coordinators = new TreeSet<>();

    protected StandInNetwork() {
    }

    static StandInNetwork form(String laCode, Clock clock) {
        StandInNetwork network = new StandInNetwork();
        network.id = NetworkId.random().value();
        network.laCode = laCode;
        network.officer = "officer-of-" + laCode;
        NetworkProfile profile = new NetworkProfile("Network " + network.id, NetworkType.CLUSTER,
                NetworkBasis.GEOGRAPHIC, Set.of(NetworkFocus.SCHOOL_IMPROVEMENT), ContinuumForm.LOOSE_COLLABORATION,
                GovernanceModel.ALLIANCE, "Raise attainment at transition", null, null);
        network.raise(new NetworkFormed(network.networkId(), profile, UserId.of(network.officer), network.access()),
                clock);
        return network;
    }

    void join(String organisationId, Clock clock) {
        members.add(organisationId);
        raise(new MemberJoined(networkId(), OrganisationId.of(organisationId), MembershipRole.MEMBER,
                LocalDate.now(clock), null, UserId.of(officer), access()), clock);
    }

    void leave(String organisationId, Clock clock) {
        members.remove(organisationId);
        raise(new MemberLeft(networkId(), OrganisationId.of(organisationId), LocalDate.now(clock),
                "Moved to another cluster", UserId.of(officer), access()), clock);
    }

    void appointCoordinator(String userId, Clock clock) {
        coordinators.add(userId);
        raise(new CoordinatorAppointed(networkId(), UserId.of(userId), "Co-ordinator " + userId,
                LeadershipRole.COORDINATOR, UserId.of(officer), access()), clock);
    }

    public String id() {
        return id;
    }

    /** Who may see and run the network now, as its last event carried it. */
    public NetworkAccess access() {
        return new NetworkAccess(networkId(), LaCode.of(laCode),
                members.stream().map(OrganisationId::of).collect(Collectors.toSet()),
                coordinators.stream().map(UserId::of).collect(Collectors.toSet()), null, false);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    protected String topic() {
        return Topics.NETWORKS;
    }

    @Override
    protected EventScope eventScope() {
        return EventScope.ofNetwork(networkId(), LaCode.of(laCode));
    }

    private NetworkId networkId() {
        return NetworkId.of(id);
    }
}
