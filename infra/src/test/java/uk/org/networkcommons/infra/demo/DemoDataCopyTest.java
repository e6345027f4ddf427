package uk.org.networkcommons.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.infra.DemoUsers;

/**
 * Copies of the demo data set grow a platform through the same APIs (the performance profile seeds up to 99 of them):
 * each must register organisations the register accepts next to the demo's and every other copy's, and form networks
 * the services' rules accept for the same reasons the originals' are accepted.
 */
class DemoDataCopyTest {

    static final DemoData DATA = DemoData.shipped();
    static final Set<String> USERS_ORGANISATIONS = DemoUsers.ALL.stream().map(DemoUsers.DemoUser::organisationId)
            .filter(id -> id != null).collect(Collectors.toSet());

    @Test
    void aCopyRegistersEveryOrganisationAgainUnderAFreshIdMarkedWithItsNumber() {
        DemoData copy = DATA.copy(7);

        assertThat(copy.organisations()).hasSameSizeAs(DATA.organisations());
        for (int i = 0; i < copy.organisations().size(); i++) {
            DemoData.Organisation original = DATA.organisations().get(i);
            DemoData.Organisation copied = copy.organisations().get(i);
            assertThat(copied.name()).isEqualTo(original.name() + " (copy 7)");
            assertThat(copied.kind()).isEqualTo(original.kind());
            assertThat(copied.laCode()).isEqualTo(DATA.localAuthority());
            assertThat(copied.phase()).isEqualTo(original.phase());
            assertThat(copied.agencyType()).isEqualTo(original.agencyType());
            assertThat(copied.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(copied.urn() == null).isEqualTo(original.urn() == null);
        }
        assertThat(DATA.copy(7)).as("the same copy again, so a run can be repeated").isEqualTo(copy);
    }

    @Test
    void ninetyNineCopiesAndTheDemoShareNoOrganisationIdAndNoUrn() {
        List<DemoData.Organisation> all = Stream.concat(DATA.organisations().stream(),
                IntStream.rangeClosed(1, 99).mapToObj(DATA::copy).flatMap(copy -> copy.organisations().stream()))
                .toList();

        assertThat(all).hasSize(100 * DATA.organisations().size());
        assertThat(all.stream().map(DemoData.Organisation::id).distinct()).hasSameSizeAs(all);
        List<String> urns = all.stream().map(DemoData.Organisation::urn).filter(urn -> urn != null).toList();
        assertThat(urns).hasSize(100 * (int) DATA.organisations().stream().filter(o -> o.urn() != null).count())
                .allMatch(urn -> urn.matches("\\d{6}"));
        assertThat(urns.stream().distinct()).hasSameSizeAs(urns);
    }

    @Test
    void aCopysNetworksHaveTheOriginalsShapeUnderMarkedNames() {
        DemoData copy = DATA.copy(3);

        assertThat(copy.networks()).hasSameSizeAs(DATA.networks());
        for (int i = 0; i < copy.networks().size(); i++) {
            DemoData.Network original = DATA.networks().get(i);
            DemoData.Network copied = copy.networks().get(i);
            assertThat(copied.details().name()).isEqualTo(original.details().name() + " (copy 3)");
            assertThat(copied.details().type()).isEqualTo(original.details().type());
            assertThat(copied.leaders()).isEqualTo(original.leaders());
            assertThat(copied.formedBy()).isEqualTo(original.formedBy());
            assertThat(copied.membersAdmittedBy()).isEqualTo(original.membersAdmittedBy());
            assertThat(copied.members()).hasSameSizeAs(original.members());
            assertThat(copied.departures()).hasSameSizeAs(original.departures());
            assertThat(copied.agreement() == null).isEqualTo(original.agreement() == null);
            assertThat(copied.joinRequests()).hasSameSizeAs(original.joinRequests());
            assertThat(copied.workshops()).hasSameSizeAs(original.workshops());
            assertThat(copied.workshops().stream().map(DemoData.Workshop::title))
                    .allMatch(title -> title.endsWith(" (copy 3)"));
            assertThat(copied.actions().stream().map(DemoData.Action::title))
                    .isEqualTo(original.actions().stream().map(DemoData.Action::title).toList());
        }
    }

    @Test
    void aCopysNetworksAdmitItsOwnOrganisationsBesideThoseTheDemoUsersWorkFor() {
        DemoData copy = DATA.copy(12);
        Set<String> copies = copy.organisations().stream().map(DemoData.Organisation::id).collect(Collectors.toSet());
        Map<String, String> originalOf = copyToOriginal(copy);

        for (int i = 0; i < copy.networks().size(); i++) {
            DemoData.Network original = DATA.networks().get(i);
            DemoData.Network copied = copy.networks().get(i);
            for (int m = 0; m < copied.members().size(); m++) {
                String was = original.members().get(m).organisation();
                String is = copied.members().get(m).organisation();
                if (USERS_ORGANISATIONS.contains(was)) {
                    assertThat(is).as("the demo users act for their own organisations").isEqualTo(was);
                } else {
                    assertThat(copies).contains(is);
                    assertThat(originalOf.get(is)).isEqualTo(was);
                }
            }
            for (String referenced : referencedOrganisations(copied)) {
                assertThat(copies.contains(referenced) || USERS_ORGANISATIONS.contains(referenced))
                        .as(copied.details().name() + " names " + referenced).isTrue();
            }
        }
        assertThat(copy.networks().stream().flatMap(network -> network.members().stream())
                .map(DemoData.Member::organisation)).anyMatch(copies::contains);
    }

    @Test
    void aCopyKeepsTheRulesTheServicesApply() {
        DemoData copy = DATA.copy(42);
        for (DemoData.Network network : copy.networks()) {
            Set<String> current = currentMembers(network);
            for (DemoData.Workshop workshop : network.workshops()) {
                Set<String> mayOwn = new HashSet<>(workshop.participantOrganisationIds());
                mayOwn.addAll(current);
                workshop.proposedActions().forEach(proposal -> assertThat(mayOwn).contains(
                        proposal.ownerOrganisationId()));
            }
            for (DemoData.JoinRequest request : network.joinRequests()) {
                assertThat(current).doesNotContain(request.organisation());
            }
            assertThat(network.members().stream().map(DemoData.Member::organisation).distinct())
                    .hasSameSizeAs(network.members());
        }
    }

    @Test
    void copyNumbersRunFromOneToTheLastThatHasUrnsOfItsOwn() {
        assertThatThrownBy(() -> DATA.copy(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DATA.copy(DemoData.MAX_COPIES + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DATA.copy(DemoData.MAX_COPIES).organisations()).isNotEmpty();
    }

    private static Map<String, String> copyToOriginal(DemoData copy) {
        Map<String, String> byName = DATA.organisations().stream()
                .collect(Collectors.toMap(DemoData.Organisation::name, DemoData.Organisation::id));
        return copy.organisations().stream().collect(Collectors.toMap(DemoData.Organisation::id,
                organisation -> byName.get(organisation.name().replaceFirst(" \\(copy \\d+\\)$", ""))));
    }

    private static Set<String> referencedOrganisations(DemoData.Network network) {
        Set<String> all = new HashSet<>();
        network.members().forEach(member -> all.add(member.organisation()));
        network.departures().forEach(departure -> all.add(departure.organisation()));
        network.joinRequests().forEach(request -> all.add(request.organisation()));
        if (network.agreement() != null && network.agreement().serviceLevelAgreements() != null) {
            network.agreement().serviceLevelAgreements().forEach(line -> all.add(line.providedBy()));
        }
        for (DemoData.Workshop workshop : network.workshops()) {
            all.addAll(workshop.participantOrganisationIds());
            workshop.proposedActions().forEach(proposal -> all.add(proposal.ownerOrganisationId()));
        }
        for (DemoData.Action action : network.actions()) {
            all.add(action.ownerOrganisationId());
            all.addAll(action.partyOrganisationIds());
        }
        all.remove(null);
        return all;
    }

    private static Set<String> currentMembers(DemoData.Network network) {
        Set<String> departed = network.departures().stream().map(DemoData.Departure::organisation)
                .collect(Collectors.toSet());
        return network.members().stream().map(DemoData.Member::organisation).filter(id -> !departed.contains(id))
                .collect(Collectors.toSet());
    }
}
