package uk.org.networkcommons.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.WorkshopId;
import uk.org.networkcommons.events.action.ActionCommented;
import uk.org.networkcommons.events.action.ActionProgressed;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.events.library.AuthoredItemDrafted;
import uk.org.networkcommons.events.library.AuthoredItemKind;
import uk.org.networkcommons.events.library.AuthoredItemPublished;
import uk.org.networkcommons.events.library.AuthoredItemRetired;
import uk.org.networkcommons.events.library.Sharing;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.MemberLeft;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.OrganisationProfile;
import uk.org.networkcommons.events.organisation.OrganisationRegistered;
import uk.org.networkcommons.events.workshop.WorkshopCompleted;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.security.Viewer.Role;

class EventVisibilityTest {

    static final LaCode LA = LaCode.of("873");
    static final NetworkId NETWORK = NetworkId.of("network-1");
    static final OrganisationId SCHOOL = OrganisationId.of("school-1");
    static final OrganisationId OTHER_SCHOOL = OrganisationId.of("school-9");
    static final OrganisationId POLICE = OrganisationId.of("police-1");
    static final NetworkAccess ACCESS = new NetworkAccess(NETWORK, LA, Set.of(SCHOOL), Set.of(UserId.of("coordinator")),
            Set.of(UserId.of("coordinator")), false);
    static final Function<NetworkId, Optional<NetworkAccess>> PROJECTION = id -> Optional.ofNullable(
            Map.of(NETWORK, ACCESS).get(id));
    static final Function<NetworkId, Optional<NetworkAccess>> NOTHING_PROJECTED = id -> Optional.empty();

    static final Viewer ADMIN = viewer("admin", null, null, Role.PLATFORM_ADMIN);
    static final Viewer OFFICER = viewer("officer", null, "873", Role.LA_OFFICER);
    static final Viewer OTHER_OFFICER = viewer("other-officer", null, "874", Role.LA_OFFICER);
    static final Viewer MEMBER = viewer("member", SCHOOL, "873", Role.MEMBER);
    static final Viewer OUTSIDER = viewer("outsider", OTHER_SCHOOL, "873", Role.MEMBER);
    static final Viewer PARTY = viewer("police", POLICE, null, Role.MEMBER);
    static final Viewer COORDINATOR = viewer("coordinator", null, null, Role.MEMBER);
    static final List<Viewer> EVERYONE = List.of(ADMIN, OFFICER, OTHER_OFFICER, MEMBER, OUTSIDER, PARTY, COORDINATOR);

    @Test
    void aNetworkEventIsSeenByWhoeverCanSeeTheNetworkAsTheEventDescribesIt() {
        MemberJoined joined = new MemberJoined(NETWORK, SCHOOL, MembershipRole.MEMBER, LocalDate.now(), null,
                UserId.of("officer"), ACCESS);

        assertThat(seeing(joined, NOTHING_PROJECTED)).as("its own access counts, not the projection")
                .containsExactly(ADMIN, OFFICER, MEMBER, COORDINATOR);
    }

    @Test
    void anOrganisationThatLeftDoesNotSeeItsDepartureBecauseTheAccessAfterTheChangeNoLongerHoldsIt() {
        NetworkAccess after = new NetworkAccess(NETWORK, LA, Set.of(), Set.of(), Set.of(), false);
        MemberLeft left = new MemberLeft(NETWORK, SCHOOL, LocalDate.now(), "Moved", UserId.of("officer"), after);

        assertThat(seeing(left, PROJECTION)).containsExactly(ADMIN, OFFICER);
    }

    @Test
    void aWorkshopEventIsSeenByItsLaAndWhoeverCanSeeItsNetwork() {
        WorkshopCompleted completed = new WorkshopCompleted(WorkshopId.of("w-1"), NETWORK, LA, "Transition",
                List.of(), 0, UserId.of("coordinator"), Instant.now());

        assertThat(seeing(completed, PROJECTION)).containsExactly(ADMIN, OFFICER, MEMBER, COORDINATOR);
        assertThat(seeing(completed, NOTHING_PROJECTED)).as("network not known yet: only its LA")
                .containsExactly(ADMIN, OFFICER);
    }

    @Test
    void anActionEventIsSeenByItsLaItsOwnerItsPartiesAndWhoeverCanSeeItsNetwork() {
        ActionProgressed progressed = new ActionProgressed(ActionId.of("a-1"), NETWORK, LA, SCHOOL, Set.of(POLICE),
                ActionStatus.IN_PROGRESS, 40, UserId.of("member"));

        assertThat(seeing(progressed, PROJECTION)).containsExactly(ADMIN, OFFICER, MEMBER, PARTY, COORDINATOR);
        assertThat(seeing(progressed, NOTHING_PROJECTED)).containsExactly(ADMIN, OFFICER, MEMBER, PARTY);
    }

    @Test
    void aPartnerAgencySeesOnlyActionsWhereItIsAParty() {
        ActionCommented withoutPolice = new ActionCommented(ActionId.of("a-2"), NETWORK, LA, SCHOOL, Set.of(),
                "Started", null, UserId.of("member"));

        assertThat(EventVisibility.canSee(PARTY, withoutPolice, PROJECTION)).isFalse();
    }

    @Test
    void aDraftIsSeenOnlyByItsAuthorAndTheOfficersOfTheirLa() {
        AuthoredItemDrafted drafted = new AuthoredItemDrafted("item-1", AuthoredItemKind.CAMEO, "Transition",
                Sharing.EVERYONE, UserId.of("member"), LA);

        assertThat(seeing(drafted, PROJECTION)).containsExactly(OFFICER, MEMBER);
    }

    @Test
    void aPublishedOrRetiredItemIsSeenByThoseItIsSharedWith() {
        AuthoredItemPublished laOnly = new AuthoredItemPublished("item-1", AuthoredItemKind.CAMEO, "Transition",
                Sharing.LA, UserId.of("member"), LA);
        AuthoredItemRetired everyone = new AuthoredItemRetired("item-2", AuthoredItemKind.QUESTION_SET, "Questions",
                Sharing.EVERYONE, UserId.of("member"), LA);

        assertThat(seeing(laOnly, PROJECTION)).containsExactly(ADMIN, OFFICER, MEMBER, OUTSIDER);
        assertThat(seeing(everyone, PROJECTION)).containsExactlyElementsOf(EVERYONE);
    }

    @Test
    void theOrganisationRegisterIsOpenToEveryoneSignedIn() {
        OrganisationRegistered registered = new OrganisationRegistered(SCHOOL, new OrganisationProfile("Fernmoor Primary",
                OrganisationKind.SCHOOL, LaCode.of("874"), "123456", null, null), UserId.of("other-officer"));

        assertThat(seeing(registered, PROJECTION)).containsExactlyElementsOf(EVERYONE);
    }

    @Test
    void somethingThatIsNotAnIntegrationEventIsForThePlatformAdminOnly() {
        assertThat(seeing("not an event", PROJECTION)).containsExactly(ADMIN);
        assertThat(EventCatalogue.FAMILIES_BY_TOPIC).as("a new family needs its rule here").hasSize(5);
    }

    @Test
    void theReceivedEventIsJudgedByItsPayload() {
        ReceivedEvent<ActionProgressed> received = new ReceivedEvent<>("e-1", "type", "/action-tracker", "a-1",
                Instant.now(), 2, NETWORK, LA, new ActionProgressed(ActionId.of("a-1"), NETWORK, LA, SCHOOL, Set.of(),
                        ActionStatus.AGREED, 0, UserId.of("member")));

        assertThat(EventVisibility.canSee(OTHER_OFFICER, received, PROJECTION)).isFalse();
        assertThat(EventVisibility.canSee(MEMBER, received, PROJECTION)).isTrue();
    }

    private static List<Viewer> seeing(Object event, Function<NetworkId, Optional<NetworkAccess>> projection) {
        return EVERYONE.stream().filter(viewer -> EventVisibility.canSee(viewer, event, projection)).toList();
    }

    private static Viewer viewer(String id, OrganisationId organisation, String laCode, Role role) {
        return new Viewer(UserId.of(id), id, organisation, laCode == null ? null : LaCode.of(laCode), Set.of(role));
    }
}
