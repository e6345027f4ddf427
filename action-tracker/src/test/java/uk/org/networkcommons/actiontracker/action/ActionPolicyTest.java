package uk.org.networkcommons.actiontracker.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.security.Viewer.Role;

class ActionPolicyTest {

    static final Action ACTION = ActionTest.action(null); // owner school-1, party police-1, LA 873, network-1
    static final Optional<NetworkAccess> NETWORK = Optional.of(new NetworkAccess(NetworkId.of("network-1"),
            LaCode.of("873"), Set.of(OrganisationId.of("school-1"), OrganisationId.of("school-2")),
            Set.of(UserId.of("coordinator")), Set.of(UserId.of("coordinator")), false));

    static Viewer staff(String organisation) {
        return new Viewer(UserId.of("u-" + organisation), "Staff", OrganisationId.of(organisation), LaCode.of("873"),
                Set.of(Role.MEMBER));
    }

    @Test
    void theAdminAndOfficersOfTheLaSeeAndDoEverything() {
        for (Viewer viewer : new Viewer[] {new Viewer(UserId.of("admin"), "Admin", null, null, Set.of(Role.PLATFORM_ADMIN)),
                new Viewer(UserId.of("officer"), "Officer", null, LaCode.of("873"), Set.of(Role.LA_OFFICER))}) {
            assertThat(ActionPolicy.canSee(viewer, ACTION, Optional.empty())).isTrue();
            assertThat(ActionPolicy.mayUpdate(viewer, ACTION, Optional.empty())).isTrue();
            assertThat(ActionPolicy.mayManageParties(viewer, ACTION, Optional.empty())).isTrue();
        }
        Viewer otherOfficer = new Viewer(UserId.of("officer"), "Officer", null, LaCode.of("872"), Set.of(Role.LA_OFFICER));
        assertThat(ActionPolicy.canSee(otherOfficer, ACTION, NETWORK)).isFalse();
    }

    @Test
    void theCoordinatorUpdatesAndManagesParties() {
        Viewer coordinator = new Viewer(UserId.of("coordinator"), "C", OrganisationId.of("school-2"), LaCode.of("873"),
                Set.of(Role.MEMBER));
        assertThat(ActionPolicy.mayUpdate(coordinator, ACTION, NETWORK)).isTrue();
        assertThat(ActionPolicy.mayManageParties(coordinator, ACTION, NETWORK)).isTrue();
    }

    @Test
    void theOwnersStaffUpdateButDoNotManageParties() {
        assertThat(ActionPolicy.mayUpdate(staff("school-1"), ACTION, Optional.empty())).isTrue();
        assertThat(ActionPolicy.mayManageParties(staff("school-1"), ACTION, NETWORK)).isFalse();
    }

    @Test
    void otherMembersAndPartiesSeeAndCommentOnly() {
        for (Viewer viewer : new Viewer[] {staff("school-2"), staff("police-1")}) {
            assertThat(ActionPolicy.canSee(viewer, ACTION, NETWORK)).isTrue();
            assertThat(ActionPolicy.mayComment(viewer, ACTION, NETWORK)).isTrue();
            assertThat(ActionPolicy.mayUpdate(viewer, ACTION, NETWORK)).isFalse();
        }
        assertThat(ActionPolicy.canSee(staff("police-1"), ACTION, Optional.empty())).as("party, network unknown")
                .isTrue();
        assertThat(ActionPolicy.canSee(staff("school-2"), ACTION, Optional.empty())).as("member, network unknown")
                .isFalse();
    }

    @Test
    void anyoneElseSeesNothing() {
        assertThat(ActionPolicy.canSee(staff("school-9"), ACTION, NETWORK)).isFalse();
    }
}
