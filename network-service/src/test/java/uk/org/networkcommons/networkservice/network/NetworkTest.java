package uk.org.networkcommons.networkservice.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.ContinuumForm;
import uk.org.networkcommons.events.network.GovernanceModel;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkBasis;
import uk.org.networkcommons.events.network.NetworkFocus;
import uk.org.networkcommons.events.network.NetworkProfile;
import uk.org.networkcommons.events.network.NetworkType;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.problem.ConflictException;
import uk.org.networkcommons.platform.problem.InvalidRequestException;

class NetworkTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final LaCode LA = LaCode.of("873");
    static final UserId OFFICER = UserId.of("officer");
    static final OrganisationId OAKS = OrganisationId.of("oaks-primary");
    static final OrganisationId ELMS = OrganisationId.of("elms-secondary");

    static NetworkProfile profile(String name) {
        return new NetworkProfile(name, NetworkType.CLUSTER, NetworkBasis.GEOGRAPHIC,
                Set.of(NetworkFocus.SCHOOL_IMPROVEMENT, NetworkFocus.EVERY_CHILD_MATTERS_OUTCOMES),
                ContinuumForm.SOFT_FEDERATION_NO_DELEGATED_POWERS, GovernanceModel.ALLIANCE, "Raise attainment together",
                null, null);
    }

    static Network formed() {
        return Network.form(NetworkId.of("north-cluster"), LA, profile("North Cluster"), OFFICER, CLOCK);
    }

    @Test
    void formingANetworkRaisesNetworkFormedWithItsAccess() {
        Network network = formed();

        assertThat(network.newEvents()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo("uk.org.networkcommons.network.network-formed.v1");
            assertThat(entry.aggregateVersion()).isEqualTo(1);
            assertThat(entry.networkId()).isEqualTo("north-cluster");
            assertThat(entry.laCode()).isEqualTo("873");
        });
        assertThat(network.access().laCode()).isEqualTo(LA);
        assertThat(network.access().memberOrganisationIds()).isEmpty();
    }

    @Test
    void eachEventCarriesTheNextAggregateVersionAndTheMembersAfterTheChange() {
        Network network = formed();
        network.admit(OAKS, MembershipRole.LEAD, TODAY.minusDays(10), OFFICER, CLOCK);
        network.admit(ELMS, MembershipRole.SPOKE, TODAY, OFFICER, CLOCK);

        List<OutboxEntry> events = network.newEvents();
        assertThat(events).extracting(OutboxEntry::aggregateVersion).containsExactly(1L, 2L, 3L);
        MemberJoined last = uk.org.networkcommons.platform.messaging.EventJson.read(events.get(2).payload(), MemberJoined.class);
        assertThat(last.access().memberOrganisationIds()).containsExactlyInAnyOrder(OAKS, ELMS);
        assertThat(EventCatalogue.classOf(events.get(2).type())).contains(MemberJoined.class);
    }

    @Test
    void answersWhoWasAMemberOnAnyPastDate() {
        Network network = formed();
        network.admit(OAKS, MembershipRole.MEMBER, LocalDate.of(2024, 9, 1), OFFICER, CLOCK);
        network.admit(ELMS, MembershipRole.MEMBER, LocalDate.of(2025, 1, 6), OFFICER, CLOCK);
        network.recordDeparture(OAKS, LocalDate.of(2025, 7, 31), "merged into a federation", OFFICER, CLOCK);

        assertThat(network.membersOn(LocalDate.of(2024, 12, 1))).extracting(Membership::organisationId).containsExactly(OAKS);
        assertThat(network.membersOn(LocalDate.of(2025, 3, 1))).extracting(Membership::organisationId).containsExactly(OAKS, ELMS);
        assertThat(network.membersOn(LocalDate.of(2025, 7, 31))).extracting(Membership::organisationId).containsExactly(ELMS);
        assertThat(network.membershipHistory()).hasSize(2);
        assertThat(network.currentMemberIds()).containsExactly(ELMS);
    }

    @Test
    void anOrganisationCannotJoinTwiceAtOnce() {
        Network network = formed();
        network.admit(OAKS, MembershipRole.MEMBER, TODAY, OFFICER, CLOCK);

        assertThatThrownBy(() -> network.admit(OAKS, MembershipRole.LEAD, TODAY, OFFICER, CLOCK))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already a member");
    }

    @Test
    void aFormerMemberMayRejoinButNotInsideItsEarlierPeriod() {
        Network network = formed();
        network.admit(OAKS, MembershipRole.MEMBER, LocalDate.of(2024, 9, 1), OFFICER, CLOCK);
        network.recordDeparture(OAKS, LocalDate.of(2025, 9, 1), null, OFFICER, CLOCK);

        assertThatThrownBy(() -> network.admit(OAKS, MembershipRole.MEMBER, LocalDate.of(2025, 1, 1), OFFICER, CLOCK))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("2025-09-01");
        network.admit(OAKS, MembershipRole.MEMBER, LocalDate.of(2025, 9, 1), OFFICER, CLOCK);
        assertThat(network.membershipHistory()).hasSize(2);
    }

    @Test
    void membershipChangesCannotBeDatedInTheFuture() {
        Network network = formed();

        assertThatThrownBy(() -> network.admit(OAKS, MembershipRole.MEMBER, TODAY.plusDays(1), OFFICER, CLOCK))
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).fieldErrors()).containsKey("effectiveFrom"));
    }

    @Test
    void aJoinRequestBecomesAMembershipWhenApproved() {
        Network network = formed();
        JoinRequest request = network.requestToJoin(OAKS, MembershipRole.SPOKE, "We would like to join", UserId.of("head"), CLOCK);

        assertThatThrownBy(() -> network.requestToJoin(OAKS, MembershipRole.SPOKE, null, UserId.of("head"), CLOCK))
                .isInstanceOf(ConflictException.class);
        network.approveJoinRequest(request.id(), TODAY, OFFICER, CLOCK);

        assertThat(network.currentMemberIds()).containsExactly(OAKS);
        assertThat(network.joinRequests()).singleElement().extracting(JoinRequest::status).isEqualTo(JoinRequest.Status.APPROVED);
        assertThatThrownBy(() -> network.rejectJoinRequest(request.id(), "too late", OFFICER, CLOCK))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already approved");
    }

    @Test
    void agreementVersionsAreRecordedOnTopOfTheLatestOnly() {
        Network network = formed();
        network.recordAgreement(0, "Share a SENCo", List.of(), "A term's notice", null, OFFICER, CLOCK);
        network.recordAgreement(1, "Share a SENCo and a business manager", List.of(), "A term's notice", null, OFFICER, CLOCK);

        assertThatThrownBy(() -> network.recordAgreement(1, "Stale edit", List.of(), "None", null, OFFICER, CLOCK))
                .isInstanceOf(ConflictException.class).hasMessageContaining("now at version 2");
        assertThat(network.currentAgreement()).get().extracting(AgreementVersion::version).isEqualTo(2);
        assertThat(network.agreements()).hasSize(2);
    }

    @Test
    void dissolvingEndsEveryMembershipAndFreezesTheNetwork() {
        Network network = formed();
        network.admit(OAKS, MembershipRole.MEMBER, TODAY.minusYears(1), OFFICER, CLOCK);
        network.appoint(UserId.of("coordinator"), "Network co-ordinator", LeadershipRole.COORDINATOR, OFFICER, CLOCK);

        network.dissolve(TODAY, "Objectives met", OFFICER, CLOCK);

        assertThat(network.currentMemberIds()).isEmpty();
        assertThat(network.access().dissolved()).isTrue();
        assertThat(network.membershipHistory()).singleElement().extracting(Membership::until).isEqualTo(TODAY);
        assertThatThrownBy(() -> network.admit(ELMS, MembershipRole.MEMBER, TODAY, OFFICER, CLOCK))
                .isInstanceOf(ConflictException.class).hasMessageContaining("dissolved");
    }

    @Test
    void coordinatorsAreCarriedInTheAccessOfEveryEvent() {
        Network network = formed();
        network.appoint(UserId.of("coordinator"), "Network co-ordinator", LeadershipRole.COORDINATOR, OFFICER, CLOCK);
        network.appoint(UserId.of("champion"), "ECM champion", LeadershipRole.CHAMPION, OFFICER, CLOCK);

        assertThat(network.access().coordinatorIds()).containsExactly(UserId.of("coordinator"));
        assertThatThrownBy(() -> network.appoint(UserId.of("coordinator"), "again", LeadershipRole.COORDINATOR, OFFICER, CLOCK))
                .isInstanceOf(ConflictException.class);
    }
}
