package uk.org.networkcommons.infra.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.org.networkcommons.events.EcmOutcome;
import uk.org.networkcommons.events.action.ActionPriority;
import uk.org.networkcommons.events.action.ActionStatus;
import uk.org.networkcommons.events.network.ContinuumForm;
import uk.org.networkcommons.events.network.GovernanceModel;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.MembershipRole;
import uk.org.networkcommons.events.network.NetworkBasis;
import uk.org.networkcommons.events.network.NetworkFocus;
import uk.org.networkcommons.events.network.NetworkType;
import uk.org.networkcommons.events.organisation.AgencyType;
import uk.org.networkcommons.events.organisation.OrganisationKind;
import uk.org.networkcommons.events.organisation.SchoolPhase;
import uk.org.networkcommons.infra.DemoUsers;

/**
 * The demo data set is checked here against the platform's enums, the realm's demo users and the rules the services
 * will apply, so that a mistake in it shows up in the build rather than as a refused call while ./run.sh seeds it.
 * The services themselves judge it for real in LaunchedPlatformTest.
 */
class DemoDataTest {

    static final DemoData DATA = DemoData.shipped();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Map<String, DemoData.Organisation> ORGANISATIONS = DATA.organisations().stream()
            .collect(Collectors.toMap(DemoData.Organisation::id, Function.identity()));

    @Test
    void isTheVersionedFormatTheSeederReads() {
        assertThat(DATA.format()).isEqualTo(DemoData.FORMAT);
        assertThat(DATA.version()).isPositive();
        assertThat(DATA.localAuthority()).isEqualTo(DemoUsers.LA_CODE);
        assertThat(DATA.description()).contains("LOCAL USE ONLY");
    }

    @Test
    void relativeDatesFollowTheDayOfSeeding() {
        assertThat(DemoData.date("today", TODAY)).isEqualTo(TODAY);
        assertThat(DemoData.date("today-42d", TODAY)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(DemoData.date("today+2w", TODAY)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(DemoData.date("today+3m", TODAY)).isEqualTo(LocalDate.of(2027, 2, 24));
        assertThat(DemoData.date("2024-09-02", TODAY)).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(DemoData.date(null, TODAY)).isNull();
    }

    @Test
    void theRealmsOrganisationsAreRegisteredUnderTheIdsTheirUsersCarry() {
        for (DemoUsers.DemoOrganisation expected : List.of(DemoUsers.LOCAL_AUTHORITY, DemoUsers.PRIMARY_SCHOOL,
                DemoUsers.ACADEMY, DemoUsers.PARTNER_AGENCY)) {
            assertThat(ORGANISATIONS.get(expected.id())).as(expected.name()).isNotNull()
                    .extracting(DemoData.Organisation::name).isEqualTo(expected.name());
        }
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            if (user.organisationId() != null) {
                assertThat(ORGANISATIONS).as(user.username() + "'s org_id").containsKey(user.organisationId());
            }
        }
        assertThat(ORGANISATIONS.get(DemoUsers.LOCAL_AUTHORITY.id()).kind()).isEqualTo("LOCAL_AUTHORITY");
        assertThat(ORGANISATIONS.get(DemoUsers.PARTNER_AGENCY.id()).kind()).isEqualTo("PARTNER_AGENCY");
    }

    @Test
    void aboutThirtySchoolsOfEveryPhaseAndSixPartnerAgenciesAllInTheDemoLa() {
        List<DemoData.Organisation> schools = ofKind(OrganisationKind.SCHOOL);
        assertThat(schools).hasSizeBetween(28, 32);
        assertThat(schools.stream().map(school -> SchoolPhase.valueOf(school.phase())))
                .containsAll(Arrays.asList(SchoolPhase.values()));
        assertThat(schools.stream().map(DemoData.Organisation::urn).distinct()).hasSameSizeAs(schools)
                .allMatch(urn -> urn.matches("\\d{6}"));
        List<DemoData.Organisation> agencies = ofKind(OrganisationKind.PARTNER_AGENCY);
        assertThat(agencies).hasSize(6);
        agencies.forEach(agency -> AgencyType.valueOf(agency.agencyType()));
        assertThat(ofKind(OrganisationKind.LOCAL_AUTHORITY)).hasSize(1);
        assertThat(DATA.organisations()).allMatch(organisation -> organisation.laCode().equals(DATA.localAuthority()))
                .allMatch(organisation -> organisation.id().matches(
                        "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertThat(ORGANISATIONS).hasSameSizeAs(DATA.organisations());
    }

    @Test
    void fiveNetworksOfDifferentTypesCoverEveryFormOfTheContinuum() {
        List<DemoData.NetworkDetails> details = DATA.networks().stream().map(DemoData.Network::details).toList();
        assertThat(details).hasSize(5);
        assertThat(details.stream().map(network -> NetworkType.valueOf(network.type())).distinct()).hasSize(5);
        assertThat(details.stream().map(network -> ContinuumForm.valueOf(network.continuumForm())))
                .containsAll(Arrays.asList(ContinuumForm.values()));
        assertThat(details.stream().map(network -> GovernanceModel.valueOf(network.governanceModel())).distinct())
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(details.stream().map(network -> NetworkBasis.valueOf(network.basis())).distinct())
                .hasSize(NetworkBasis.values().length);
        details.forEach(network -> network.focus().forEach(NetworkFocus::valueOf));
    }

    @Test
    void membersLeadersAndRequestsAreKnownOrganisationsAndPeopleWithPastDates() {
        for (DemoData.Network network : DATA.networks()) {
            String name = network.details().name();
            assertThat(network.leaders()).as(name + " leaders").isNotEmpty();
            assertThat(network.leaders()).anyMatch(leader -> leader.role().equals("COORDINATOR"));
            network.leaders().forEach(leader -> {
                LeadershipRole.valueOf(leader.role());
                assertThat(user(leader.user())).isNotNull();
                assertThat(user(leader.by())).isNotNull();
            });
            assertThat(user(network.formedBy()).role()).isEqualTo("la-officer");
            assertThat(user(network.membersAdmittedBy())).isNotNull();
            for (DemoData.Member member : network.members()) {
                MembershipRole.valueOf(member.role());
                assertThat(ORGANISATIONS).as(name + " member").containsKey(member.organisation());
                assertThat(DemoData.date(member.since(), TODAY)).isBeforeOrEqualTo(TODAY);
            }
            for (DemoData.Departure departure : network.departures()) {
                DemoData.Member member = network.members().stream()
                        .filter(m -> m.organisation().equals(departure.organisation())).findFirst().orElseThrow();
                assertThat(DemoData.date(departure.on(), TODAY)).isAfter(DemoData.date(member.since(), TODAY))
                        .isBeforeOrEqualTo(TODAY);
            }
            assertThat(network.members().stream().map(DemoData.Member::organisation).distinct())
                    .hasSameSizeAs(network.members());
            for (DemoData.JoinRequest request : network.joinRequests()) {
                assertThat(user(request.by()).organisationId()).isEqualTo(request.organisation());
                assertThat(currentMembers(network)).doesNotContain(request.organisation());
            }
        }
        assertThat(DATA.networks()).anyMatch(network -> network.agreement() != null);
    }

    @Test
    void theDemoUsersEachHaveTheirPlaceInTheNetworks() {
        // the co-ordinator runs a network their school belongs to
        assertThat(DATA.networks()).anyMatch(network -> isLeader(network, "coordinator", "COORDINATOR")
                && currentMembers(network).contains(DemoUsers.PRIMARY_SCHOOL.id()));
        // the head teacher's academy and the partner worker's agency are members, so both see networks
        assertThat(DATA.networks()).anyMatch(network -> currentMembers(network).contains(DemoUsers.ACADEMY.id()));
        assertThat(DATA.networks())
                .anyMatch(network -> currentMembers(network).contains(DemoUsers.PARTNER_AGENCY.id()));
        assertThat(DATA.networks().stream().flatMap(network -> network.leaders().stream())
                .map(DemoData.Leader::role).map(LeadershipRole::valueOf))
                .containsAll(Arrays.asList(LeadershipRole.values()));
    }

    @Test
    void aCompletedWorkshopAssessesDimensionsAndProposesActionsItsRulesAllow() {
        List<DemoData.Workshop> workshops = DATA.networks().stream().flatMap(network -> network.workshops().stream())
                .toList();
        assertThat(workshops).isNotEmpty();
        for (DemoData.Network network : DATA.networks()) {
            for (DemoData.Workshop workshop : network.workshops()) {
                assertThat(workshop.completedBy()).isNotNull();
                assertThat(workshop.dimensions()).isNotEmpty();
                assertThat(workshop.proposedActions()).isNotEmpty();
                LocalDate date = DemoData.date(workshop.date(), TODAY);
                assertThat(date).isBefore(TODAY);
                Set<String> mayOwn = new HashSet<>(workshop.participantOrganisationIds());
                mayOwn.addAll(currentMembers(network));
                Set<String> dimensions = new HashSet<>();
                for (DemoData.Dimension dimension : workshop.dimensions()) {
                    assertThat(dimension.key()).matches("[a-z0-9]+(-[a-z0-9]+)*");
                    assertThat(dimension.now().rating()).isBetween(1, 4);
                    assertThat(dimension.target().rating()).isBetween(1, 4);
                    // whoever records a dimension runs the network or takes part in the workshop
                    DemoUsers.DemoUser by = user(dimension.by());
                    assertThat(isLeader(network, by.username(), "COORDINATOR")
                            || workshop.participantOrganisationIds().contains(by.organisationId()))
                            .as(dimension.key() + " recorded by " + by.username()).isTrue();
                    dimensions.add(dimension.key());
                }
                for (DemoData.ProposedAction proposal : workshop.proposedActions()) {
                    assertThat(mayOwn).as(proposal.title() + " owner").contains(proposal.ownerOrganisationId());
                    assertThat(DemoData.date(proposal.dueDate(), TODAY)).isAfterOrEqualTo(date);
                    if (proposal.dimensionKey() != null) {
                        assertThat(dimensions).contains(proposal.dimensionKey());
                    }
                    proposal.outcomes().forEach(EcmOutcome::valueOf);
                }
            }
        }
    }

    @Test
    void actionsEndInEveryStatusThroughTheTrackersWorkflowAndSomeAreOverdue() {
        Map<ActionStatus, Integer> endedIn = new HashMap<>();
        int overdue = 0;
        for (TrackedAction action : trackedActions()) {
            ActionStatus status = ActionStatus.PROPOSED;
            for (DemoData.Step step : action.steps()) {
                assertThat(user(step.by())).isNotNull();
                if (step.status() != null) {
                    ActionStatus next = ActionStatus.valueOf(step.status());
                    assertThat(allowed(status)).as(action.title() + ": " + status + " to " + next).contains(next);
                    if (next == ActionStatus.BLOCKED || next == ActionStatus.CANCELLED) {
                        assertThat(step.reason()).as(action.title() + " reason").isNotBlank();
                    }
                    status = next;
                }
            }
            endedIn.merge(status, 1, Integer::sum);
            if (status.isOpen() && DemoData.date(action.dueDate(), TODAY).isBefore(TODAY)) {
                overdue++;
            }
        }
        assertThat(endedIn.keySet()).containsExactlyInAnyOrder(ActionStatus.values());
        assertThat(overdue).isGreaterThanOrEqualTo(3);
    }

    @Test
    void directActionsAreRaisedByWhoeverRunsTheNetworkForOrganisationsOfTheDemo() {
        for (DemoData.Network network : DATA.networks()) {
            for (DemoData.Action action : network.actions()) {
                DemoUsers.DemoUser by = user(action.by());
                assertThat(by.role().equals("la-officer") || isLeader(network, by.username(), "COORDINATOR"))
                        .as(action.title() + " raised by " + by.username()).isTrue();
                assertThat(ORGANISATIONS).containsKey(action.ownerOrganisationId());
                assertThat(ORGANISATIONS.keySet()).containsAll(action.partyOrganisationIds());
                if (action.priority() != null) {
                    ActionPriority.valueOf(action.priority());
                }
                action.outcomes().forEach(EcmOutcome::valueOf);
                assertThatCode(() -> action.milestones().forEach(m -> DemoData.date(m.due(), TODAY)))
                        .doesNotThrowAnyException();
            }
        }
    }

    /** The tracker's workflow table (docs/actions.md). */
    private static Set<ActionStatus> allowed(ActionStatus from) {
        return switch (from) {
            case PROPOSED -> Set.of(ActionStatus.AGREED, ActionStatus.BLOCKED, ActionStatus.CANCELLED);
            case AGREED -> Set.of(ActionStatus.IN_PROGRESS, ActionStatus.BLOCKED, ActionStatus.CANCELLED);
            case IN_PROGRESS -> Set.of(ActionStatus.DONE, ActionStatus.BLOCKED, ActionStatus.CANCELLED);
            case BLOCKED -> Set.of(ActionStatus.IN_PROGRESS, ActionStatus.CANCELLED);
            case DONE, CANCELLED -> Set.of();
        };
    }

    private record TrackedAction(String title, String dueDate, List<DemoData.Step> steps) {
    }

    private static List<TrackedAction> trackedActions() {
        List<TrackedAction> all = new ArrayList<>();
        for (DemoData.Network network : DATA.networks()) {
            network.workshops().forEach(workshop -> workshop.proposedActions().forEach(proposal -> all.add(
                    new TrackedAction(proposal.title(), proposal.dueDate(), proposal.steps()))));
            network.actions().forEach(action -> all.add(new TrackedAction(action.title(), action.dueDate(),
                    action.steps())));
        }
        return all;
    }

    private static Set<String> currentMembers(DemoData.Network network) {
        Set<String> departed = network.departures().stream().map(DemoData.Departure::organisation)
                .collect(Collectors.toSet());
        return network.members().stream().map(DemoData.Member::organisation).filter(id -> !departed.contains(id))
                .collect(Collectors.toSet());
    }

    private static boolean isLeader(DemoData.Network network, String username, String role) {
        return network.leaders().stream().anyMatch(leader -> leader.user().equals(username)
                && leader.role().equals(role));
    }

    private static DemoUsers.DemoUser user(String username) {
        return DemoUsers.ALL.stream().filter(user -> user.username().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " is no demo user"));
    }

    private static List<DemoData.Organisation> ofKind(OrganisationKind kind) {
        return DATA.organisations().stream().filter(organisation -> organisation.kind().equals(kind.name())).toList();
    }
}
