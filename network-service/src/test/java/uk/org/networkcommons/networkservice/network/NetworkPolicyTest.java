package uk.org.networkcommons.networkservice.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.networkservice.network.NetworkPolicy.Action;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.security.Viewer.Role;

class NetworkPolicyTest {

    static Viewer viewer(String user, String org, String la, Role... roles) {
        return new Viewer(UserId.of(user), user, org == null ? null : OrganisationId.of(org), la == null ? null : LaCode.of(la),
                Set.of(roles));
    }

    final Network network = NetworkTest.formed();

    @Test
    void officersOfTheNetworksLaSeeAndGovernIt() {
        Viewer officer = viewer("o", "la-873", "873", Role.LA_OFFICER);
        assertThat(NetworkPolicy.canSee(officer, network)).isTrue();
        assertThat(NetworkPolicy.may(officer, Action.GOVERN, network)).isTrue();
    }

    @Test
    void officersOfAnotherLaSeeNothing() {
        assertThat(NetworkPolicy.canSee(viewer("o", "la-872", "872", Role.LA_OFFICER), network)).isFalse();
    }

    @Test
    void staffOfAMemberSeeItButCannotManageIt() {
        network.admit(NetworkTest.OAKS, MembershipRole.MEMBER, NetworkTest.TODAY, NetworkTest.OFFICER, NetworkTest.CLOCK);
        Viewer head = viewer("head", NetworkTest.OAKS.value(), "873", Role.MEMBER);

        assertThat(NetworkPolicy.canSee(head, network)).isTrue();
        assertThat(NetworkPolicy.may(head, Action.MANAGE, network)).isFalse();
    }

    @Test
    void staffOfANonMemberInTheSameLaSeeNothing() {
        assertThat(NetworkPolicy.canSee(viewer("head", NetworkTest.ELMS.value(), "873", Role.MEMBER), network)).isFalse();
    }

    @Test
    void formerMembersSeeNothing() {
        network.admit(NetworkTest.OAKS, MembershipRole.MEMBER, NetworkTest.TODAY.minusDays(30), NetworkTest.OFFICER, NetworkTest.CLOCK);
        network.recordDeparture(NetworkTest.OAKS, NetworkTest.TODAY, null, NetworkTest.OFFICER, NetworkTest.CLOCK);

        assertThat(NetworkPolicy.canSee(viewer("head", NetworkTest.OAKS.value(), "873", Role.MEMBER), network)).isFalse();
    }

    @Test
    void coordinatorsManageButDoNotGovern() {
        network.appoint(UserId.of("coordinator"), "C", LeadershipRole.COORDINATOR, NetworkTest.OFFICER, NetworkTest.CLOCK);
        Viewer coordinator = viewer("coordinator", null, null, Role.MEMBER);

        assertThat(NetworkPolicy.canSee(coordinator, network)).isTrue();
        assertThat(NetworkPolicy.may(coordinator, Action.MANAGE, network)).isTrue();
        assertThat(NetworkPolicy.may(coordinator, Action.GOVERN, network)).isFalse();
    }

    @Test
    void thePlatformAdminSeesAndGovernsEverything() {
        Viewer admin = viewer("admin", null, null, Role.PLATFORM_ADMIN);
        assertThat(NetworkPolicy.canSee(admin, network)).isTrue();
        assertThat(NetworkPolicy.may(admin, Action.GOVERN, network)).isTrue();
    }
}
