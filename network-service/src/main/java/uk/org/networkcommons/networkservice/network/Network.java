package uk.org.networkcommons.networkservice.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.AgreementRecorded;
import uk.org.networkcommons.events.network.CoordinatorAppointed;
import uk.org.networkcommons.events.network.CoordinatorRemoved;
import uk.org.networkcommons.events.network.JoinRequestRejected;
import uk.org.networkcommons.events.network.JoinRequested;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.MemberLeft;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.network.NetworkDissolved;
import uk.org.networkcommons.events.network.NetworkFormed;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkUpdated;
import uk.org.networkcommons.events.network.ServiceLevelAgreement;
import uk.org.networkcommons.platform.outbox.EventScope;
import uk.org.networkcommons.platform.outbox.OutboxAggregate;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;
import uk.org.networkcommons.platform.problem.NotFoundException;

/**
 * A network of schools and partners, owned by one local authority. Membership, leadership and the partnership
 * agreement live inside it: they change in the same single-document write as the events they raise, and each event can
 * then carry the network's whole {@link NetworkAccess} as of that change.
 *
 * <p>Membership dates may be today or in the past (recording what already happened) but not in the future, so that
 * "a member today" always means "an open membership" and consumers' access projections never go stale by themselves.
 */
@Document("networks")
public class Network extends OutboxAggregate {

    public enum Status {
        ACTIVE, DISSOLVED
    }

    @Id
    private NetworkId id;
    @Indexed
    private LaCode laCode;
    private NetworkProfile profile;
    private String nameKey;
    private Status status;
    private LocalDate dissolvedOn;
    private String dissolutionReason;
    private UserId formedBy;
    private Instant formedAt;
    private List<Membership> memberships = new ArrayList<>();
    private List<JoinRequest> joinRequests = new ArrayList<>();
    private List<Leader> leaders = new ArrayList<>();
    private List<AgreementVersion> agreements = new ArrayList<>();

    protected Network() {
    }

    public static Network form(NetworkId id, LaCode laCode, NetworkProfile profile, UserId formedBy, Clock clock) {
        Network network = new Network();
        network.id = id;
        network.laCode = laCode;
        network.setProfile(profile, clock);
        network.status = Status.ACTIVE;
        network.formedBy = formedBy;
        network.formedAt = Instant.now(clock);
        network.raise(new NetworkFormed(id, network.profile, formedBy, network.access()), clock);
        return network;
    }

    public void updateProfile(NetworkProfile newProfile, UserId updatedBy, Clock clock) {
        requireActive();
        setProfile(newProfile, clock);
        raise(new NetworkUpdated(id, profile, updatedBy, access()), clock);
    }

    public void dissolve(LocalDate on, String reason, UserId dissolvedBy, Clock clock) {
        requireActive();
        requireNotInFuture("dissolvedOn", on, clock);
        for (Membership membership : List.copyOf(memberships)) {
            if (membership.isOpen()) {
                LocalDate end = on.isBefore(membership.from()) ? membership.from() : on;
                replace(membership, membership.endedOn(end, "network dissolved"));
            }
        }
        joinRequests.replaceAll(request -> request.isPending()
                ? request.decided(JoinRequest.Status.REJECTED, dissolvedBy, Instant.now(clock), "network dissolved")
                : request);
        status = Status.DISSOLVED;
        dissolvedOn = on;
        dissolutionReason = reason;
        raise(new NetworkDissolved(id, on, reason, dissolvedBy, access()), clock);
    }

    public JoinRequest requestToJoin(OrganisationId organisation, MembershipRole role, String message, UserId requestedBy,
            Clock clock) {
        requireActive();
        requireNotMember(organisation);
        if (joinRequests.stream().anyMatch(r -> r.isPending() && r.organisationId().equals(organisation))) {
            throw new ConflictException("%s has already asked to join this network; the request is waiting for a decision"
                    .formatted(organisation));
        }
        JoinRequest request = new JoinRequest(UUID.randomUUID().toString(), organisation, role, message, requestedBy,
                Instant.now(clock), JoinRequest.Status.PENDING, null, null, null);
        joinRequests.add(request);
        raise(new JoinRequested(id, request.id(), organisation, role, message, requestedBy, request.requestedAt(),
                access()), clock);
        return request;
    }

    public void approveJoinRequest(String requestId, LocalDate effectiveFrom, UserId decidedBy, Clock clock) {
        JoinRequest request = pendingRequest(requestId);
        join(request.organisationId(), request.role(), effectiveFrom, request.id(), decidedBy, clock);
        joinRequests.replaceAll(r -> r.id().equals(requestId)
                ? r.decided(JoinRequest.Status.APPROVED, decidedBy, Instant.now(clock), null) : r);
    }

    public void rejectJoinRequest(String requestId, String reason, UserId decidedBy, Clock clock) {
        JoinRequest request = pendingRequest(requestId);
        joinRequests.replaceAll(r -> r.id().equals(requestId)
                ? r.decided(JoinRequest.Status.REJECTED, decidedBy, Instant.now(clock), reason) : r);
        raise(new JoinRequestRejected(id, requestId, request.organisationId(), reason, decidedBy, access()), clock);
    }

    public void admit(OrganisationId organisation, MembershipRole role, LocalDate effectiveFrom, UserId recordedBy,
            Clock clock) {
        join(organisation, role, effectiveFrom, null, recordedBy, clock);
    }

    private void join(OrganisationId organisation, MembershipRole role, LocalDate effectiveFrom, String joinRequestId,
            UserId recordedBy, Clock clock) {
        requireActive();
        requireNotMember(organisation);
        requireNotInFuture("effectiveFrom", effectiveFrom, clock);
        memberships.stream()
                .filter(m -> !m.isOpen() && m.organisationId().equals(organisation) && m.until().isAfter(effectiveFrom))
                .findAny()
                .ifPresent(earlier -> {
                    throw new InvalidRequestException("effectiveFrom",
                            "must be on or after %s, when this organisation's previous membership ended".formatted(earlier.until()));
                });
        joinRequests.replaceAll(r -> r.isPending() && r.organisationId().equals(organisation) && joinRequestId == null
                ? r.decided(JoinRequest.Status.APPROVED, recordedBy, Instant.now(clock), "admitted directly") : r);
        memberships.add(new Membership(organisation, role, effectiveFrom, null, null, recordedBy));
        raise(new MemberJoined(id, organisation, role, effectiveFrom, joinRequestId, recordedBy, access()), clock);
    }

    public void recordDeparture(OrganisationId organisation, LocalDate effectiveOn, String reason, UserId recordedBy,
            Clock clock) {
        requireActive();
        Membership current = openMembershipOf(organisation)
                .orElseThrow(() -> new ConflictException("%s is not a member of this network".formatted(organisation)));
        requireNotInFuture("effectiveOn", effectiveOn, clock);
        if (!effectiveOn.isAfter(current.from())) {
            throw new InvalidRequestException("effectiveOn", "must be after %s, when the membership began".formatted(current.from()));
        }
        replace(current, current.endedOn(effectiveOn, reason));
        raise(new MemberLeft(id, organisation, effectiveOn, reason, recordedBy, access()), clock);
    }

    public void appoint(UserId user, String displayName, LeadershipRole role, UserId appointedBy, Clock clock) {
        requireActive();
        if (leaders.stream().anyMatch(l -> l.userId().equals(user) && l.role() == role)) {
            throw new ConflictException("%s is already %s of this network".formatted(displayName,
                    role.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        leaders.add(new Leader(user, displayName, role, appointedBy, Instant.now(clock)));
        raise(new CoordinatorAppointed(id, user, displayName, role, appointedBy, access()), clock);
    }

    public void removeLeader(UserId user, LeadershipRole role, UserId removedBy, Clock clock) {
        requireActive();
        Leader leader = leaders.stream().filter(l -> l.userId().equals(user) && l.role() == role).findAny()
                .orElseThrow(() -> new NotFoundException("leader", user + " as " + role));
        leaders.remove(leader);
        raise(new CoordinatorRemoved(id, user, role, removedBy, access()), clock);
    }

    /**
     * Records a new version of the partnership agreement.
     *
     * @param basedOnVersion the version the author edited (0 for the first); if someone recorded another meanwhile,
     *                       nothing is recorded and the author is told to look at the newer one first
     */
    public AgreementVersion recordAgreement(int basedOnVersion, String jointObjectives,
            List<ServiceLevelAgreement> serviceLevelAgreements, String withdrawalTerms, String consultation,
            UserId recordedBy, Clock clock) {
        requireActive();
        int current = currentAgreement().map(AgreementVersion::version).orElse(0);
        if (basedOnVersion != current) {
            throw new ConflictException(("The partnership agreement is now at version %d (you edited version %d); "
                    + "read version %d and record your changes on top of it").formatted(current, basedOnVersion, current));
        }
        AgreementVersion agreement = new AgreementVersion(current + 1, jointObjectives, serviceLevelAgreements,
                withdrawalTerms, consultation, recordedBy, Instant.now(clock));
        agreements.add(agreement);
        raise(new AgreementRecorded(id, agreement.version(), jointObjectives, agreement.serviceLevelAgreements(),
                withdrawalTerms, consultation, recordedBy, agreement.recordedAt(), access()), clock);
        return agreement;
    }

    /** Who may see and run this network now, as carried by every event. */
    public NetworkAccess access() {
        return new NetworkAccess(id, laCode, isDissolved() ? Set.of() : currentMemberIds(), coordinatorIds(),
                leaders.stream().map(Leader::userId).collect(Collectors.toSet()), isDissolved());
    }

    public Set<OrganisationId> currentMemberIds() {
        return memberships.stream().filter(Membership::isOpen).map(Membership::organisationId).collect(Collectors.toSet());
    }

    public Set<UserId> coordinatorIds() {
        return leaders.stream().filter(l -> l.role() == LeadershipRole.COORDINATOR).map(Leader::userId)
                .collect(Collectors.toSet());
    }

    public boolean isLeader(UserId user) {
        return leaders.stream().anyMatch(l -> l.userId().equals(user));
    }

    public boolean isCoordinator(UserId user) {
        return coordinatorIds().contains(user);
    }

    /** The memberships in force on the given date. */
    public List<Membership> membersOn(LocalDate date) {
        return memberships.stream().filter(m -> m.isActiveOn(date))
                .sorted(Comparator.comparing(Membership::from)).toList();
    }

    /** Every membership period ever recorded, earliest first. */
    public List<Membership> membershipHistory() {
        return memberships.stream().sorted(Comparator.comparing(Membership::from)
                .thenComparing(m -> m.organisationId().value())).toList();
    }

    public List<JoinRequest> joinRequests() {
        return List.copyOf(joinRequests);
    }

    public List<Leader> leaders() {
        return List.copyOf(leaders);
    }

    public Optional<AgreementVersion> currentAgreement() {
        return agreements.isEmpty() ? Optional.empty() : Optional.of(agreements.getLast());
    }

    public List<AgreementVersion> agreements() {
        return List.copyOf(agreements);
    }

    public boolean isDissolved() {
        return status == Status.DISSOLVED;
    }

    public NetworkId id() {
        return id;
    }

    public LaCode laCode() {
        return laCode;
    }

    public NetworkProfile profile() {
        return profile;
    }

    public Status status() {
        return status;
    }

    public LocalDate dissolvedOn() {
        return dissolvedOn;
    }

    public String dissolutionReason() {
        return dissolutionReason;
    }

    public Instant formedAt() {
        return formedAt;
    }

    @Override
    public String aggregateId() {
        return id.value();
    }

    @Override
    protected String topic() {
        return Topics.NETWORKS;
    }

    @Override
    protected EventScope eventScope() {
        return EventScope.ofNetwork(id, laCode);
    }

    private void setProfile(NetworkProfile newProfile, Clock clock) {
        if (newProfile.name() == null || newProfile.name().isBlank()) {
            throw new InvalidRequestException("name", "a network needs a name");
        }
        if (newProfile.focus().isEmpty()) {
            throw new InvalidRequestException("focus", "choose at least one focus");
        }
        if (id.equals(newProfile.parentNetworkId())) {
            throw new InvalidRequestException("parentNetworkId", "a network cannot be inside itself");
        }
        if (newProfile.endsOn() != null && formedAt != null
                && newProfile.endsOn().isBefore(LocalDate.ofInstant(formedAt, clock.getZone()))) {
            throw new InvalidRequestException("endsOn", "cannot be before the network was formed");
        }
        this.profile = newProfile;
        this.nameKey = newProfile.name().strip().toLowerCase(Locale.ROOT);
    }

    private void requireActive() {
        if (isDissolved()) {
            throw new ConflictException("This network was dissolved on %s; it can no longer change".formatted(dissolvedOn));
        }
    }

    private void requireNotMember(OrganisationId organisation) {
        if (openMembershipOf(organisation).isPresent()) {
            throw new ConflictException("%s is already a member of this network".formatted(organisation));
        }
    }

    private static void requireNotInFuture(String field, LocalDate date, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new InvalidRequestException(field, "cannot be in the future; record the change on the day it takes effect");
        }
    }

    private Optional<Membership> openMembershipOf(OrganisationId organisation) {
        return memberships.stream().filter(m -> m.isOpen() && m.organisationId().equals(organisation)).findAny();
    }

    private JoinRequest pendingRequest(String requestId) {
        JoinRequest request = joinRequests.stream().filter(r -> r.id().equals(requestId)).findAny()
                .orElseThrow(() -> new NotFoundException("join request", requestId));
        if (!request.isPending()) {
            throw new ConflictException("This join request was already %s".formatted(request.status().name().toLowerCase(Locale.ROOT)));
        }
        return request;
    }

    private void replace(Membership old, Membership updated) {
        memberships.set(memberships.indexOf(old), updated);
    }
}
