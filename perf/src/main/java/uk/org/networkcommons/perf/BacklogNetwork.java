package uk.org.networkcommons.perf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.AgreementRecorded;
import uk.org.networkcommons.events.network.CoordinatorAppointed;
import uk.org.networkcommons.events.network.JoinRequested;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.MemberLeft;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.network.NetworkFormed;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkUpdated;
import uk.org.networkcommons.events.network.ServiceLevelAgreement;
import uk.org.networkcommons.platform.outbox.EventScope;
import uk.org.networkcommons.platform.outbox.OutboxAggregate;

/**
 * A network as the outbox relay sees it, for the relay and rebuild phases: an {@link OutboxAggregate} that raises
 * network-service's own event records ({@code uk.org.networkcommons.events.network}) with the whole
 * {@link NetworkAccess} after each change, as network-service's {@code Network} does, but onto a perf-only topic.
 *
 * <p>network-service's {@code Network} itself cannot be used: its module is packaged as a Spring Boot executable jar
 * (classes under {@code BOOT-INF/}), and its topic is the real one the running services consume. This stand-in keeps
 * what matters for the measurement: the same event records, payload JSON, envelope and outbox entries (both made by
 * the platform's {@link OutboxAggregate#raise}), and a document of similar shape (memberships, leaders, agreements and
 * join requests beside the outbox) for the relay to claim and read.
 */
@Document("networks")
final class BacklogNetwork extends OutboxAggregate {

    /** Where the backlog's events go: never the real topic, which the platform's services consume. */
    static final String TOPIC = "perf.network-commons.networks";

    record Membership(String organisationId, MembershipRole role, LocalDate from, LocalDate until, String leftReason,
            String recordedBy) {
    }

    record Leader(String userId, String displayName, LeadershipRole role, String appointedBy, Instant appointedAt) {
    }

    record Agreement(int version, String jointObjectives, List<ServiceLevelAgreement> serviceLevelAgreements,
            String withdrawalTerms, String consultation, String recordedBy, Instant recordedAt) {
    }

    record JoinRequest(String id, String organisationId, MembershipRole role, String message, String requestedBy,
            Instant requestedAt, String status) {
    }

    @Id
    private String id;
    private String laCode;
    private NetworkProfile profile;
    private String status;
    private String formedBy;
    private Instant formedAt;
    private final List<Membership> memberships = new ArrayList<>();
    private final List<Leader> leaders = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();
    private final List<JoinRequest> joinRequests = new ArrayList<>();

    private BacklogNetwork() {
    }

    static BacklogNetwork form(NetworkId id, LaCode laCode, NetworkProfile profile, UserId formedBy, Clock clock) {
        BacklogNetwork network = new BacklogNetwork();
        network.id = id.value();
        network.laCode = laCode.value();
        network.profile = profile;
        network.status = "ACTIVE";
        network.formedBy = formedBy.value();
        network.formedAt = Instant.now(clock);
        network.raise(new NetworkFormed(id, profile, formedBy, network.access()), clock);
        return network;
    }

    void updateProfile(NetworkProfile newProfile, UserId updatedBy, Clock clock) {
        profile = newProfile;
        raise(new NetworkUpdated(networkId(), profile, updatedBy, access()), clock);
    }

    void appoint(UserId user, String displayName, LeadershipRole role, UserId appointedBy, Clock clock) {
        leaders.add(new Leader(user.value(), displayName, role, appointedBy.value(), Instant.now(clock)));
        raise(new CoordinatorAppointed(networkId(), user, displayName, role, appointedBy, access()), clock);
    }

    void admit(OrganisationId organisation, MembershipRole role, LocalDate from, String joinRequestId,
            UserId recordedBy, Clock clock) {
        memberships.add(new Membership(organisation.value(), role, from, null, null, recordedBy.value()));
        if (joinRequestId != null) {
            joinRequests.replaceAll(request -> request.id().equals(joinRequestId)
                    ? new JoinRequest(request.id(), request.organisationId(), request.role(), request.message(),
                            request.requestedBy(), request.requestedAt(), "APPROVED")
                    : request);
        }
        raise(new MemberJoined(networkId(), organisation, role, from, joinRequestId, recordedBy, access()), clock);
    }

    void recordDeparture(OrganisationId organisation, LocalDate on, String reason, UserId recordedBy, Clock clock) {
        memberships.replaceAll(membership -> membership.organisationId().equals(organisation.value())
                && membership.until() == null
                ? new Membership(membership.organisationId(), membership.role(), membership.from(), on, reason,
                        membership.recordedBy())
                : membership);
        raise(new MemberLeft(networkId(), organisation, on, reason, recordedBy, access()), clock);
    }

    String requestToJoin(OrganisationId organisation, MembershipRole role, String message, UserId requestedBy,
            Clock clock) {
        JoinRequest request = new JoinRequest(UUID.randomUUID().toString(), organisation.value(), role, message,
                requestedBy.value(), Instant.now(clock), "PENDING");
        joinRequests.add(request);
        raise(new JoinRequested(networkId(), request.id(), organisation, role, message, requestedBy,
                request.requestedAt(), access()), clock);
        return request.id();
    }

    void recordAgreement(String jointObjectives, List<ServiceLevelAgreement> serviceLevelAgreements,
            String withdrawalTerms, String consultation, UserId recordedBy, Clock clock) {
        Agreement agreement = new Agreement(agreements.size() + 1, jointObjectives, List.copyOf(serviceLevelAgreements),
                withdrawalTerms, consultation, recordedBy.value(), Instant.now(clock));
        agreements.add(agreement);
        raise(new AgreementRecorded(networkId(), agreement.version(), jointObjectives,
                agreement.serviceLevelAgreements(), withdrawalTerms, consultation, recordedBy, agreement.recordedAt(),
                access()), clock);
    }

    /** Who may see and run this network now, by the same rule as network-service's {@code Network.access()}. */
    NetworkAccess access() {
        return new NetworkAccess(networkId(), LaCode.of(laCode), currentMemberIds(),
                leaders.stream().filter(leader -> leader.role() == LeadershipRole.COORDINATOR)
                        .map(leader -> UserId.of(leader.userId())).collect(Collectors.toSet()),
                leaders.stream().map(leader -> UserId.of(leader.userId())).collect(Collectors.toSet()), false);
    }

    Set<OrganisationId> currentMemberIds() {
        return memberships.stream().filter(membership -> membership.until() == null)
                .map(membership -> OrganisationId.of(membership.organisationId())).collect(Collectors.toSet());
    }

    /** The organisation that has been a member longest, the one the history lets go when it needs a departure. */
    Optional<OrganisationId> longestStandingMember() {
        return memberships.stream().filter(membership -> membership.until() == null)
                .min(Comparator.comparing(Membership::from))
                .map(membership -> OrganisationId.of(membership.organisationId()));
    }

    NetworkProfile profile() {
        return profile;
    }

    NetworkId networkId() {
        return NetworkId.of(id);
    }

    @Override
    public String aggregateId() {
        return id;
    }

    @Override
    protected String topic() {
        return TOPIC;
    }

    @Override
    protected EventScope eventScope() {
        return EventScope.ofNetwork(networkId(), LaCode.of(laCode));
    }
}
