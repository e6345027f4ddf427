package uk.org.networkcommons.actiontracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.actiontracker.action.Actions;
import uk.org.networkcommons.actiontracker.reminder.ReminderProperties;
import uk.org.networkcommons.actiontracker.support.ActionRequests;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.actiontracker.support.WorkshopFeed;
import uk.org.networkcommons.events.workshop.ActionProposed;

/** Who sees a network's actions follows the network's events; officers of the LA see its actions in any case. */
class NetworkMembershipAccessIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ReminderProperties reminders;

    @Test
    void staffOfAMemberSeeTheNetworksActionsUntilTheirOrganisationLeaves() {
        String owner = "school-" + Person.Ids.next();
        String other = "school-" + Person.Ids.next();
        Person coordinator = Person.staffOf(owner, LA);
        Person teacher = Person.staffOf(other, LA);
        NetworkFeed network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(owner), network.joined(other),
                network.appointedCoordinator(coordinator.userId()));
        String id = api.post(coordinator, "/api/actions", ActionRequests.raise(network.id(), "Peer reviews", owner,
                LocalDate.now().plusMonths(1))).expect(201).field("$.id");
        api.get(teacher, "/api/actions/" + id).expect(200);
        api.post(teacher, "/api/actions/%s/comments".formatted(id), ActionRequests.comment("We can host")).expect(201);
        api.post(teacher, "/api/actions/%s/progress".formatted(id), ActionRequests.progress(10)).expect(403);

        network.publishAndAwait(mongo, network.left(other));

        api.get(teacher, "/api/actions/" + id).expect(404);
        assertThat(api.get(teacher, "/api/actions").expect(200).body()).doesNotContain(id);
    }

    @Test
    void officersOfTheLaSeeAProposedActionEvenBeforeTheNetworkIsKnownHere() {
        ActionProposed proposal = WorkshopFeed.proposal("network-not-yet-known-" + Person.Ids.next(), LA,
                "school-" + Person.Ids.next(), "Breakfast club");
        WorkshopFeed.awaitConsumed(WorkshopFeed.publish(WorkshopFeed.entry(proposal, 2)));
        String id = Actions.idForProposal(proposal.proposalId()).value();
        api.get(Person.laOfficer(LA), "/api/actions/" + id).expect(200);
        api.get(Person.staffOf(proposal.ownerOrganisationId().value(), LA), "/api/actions/" + id).expect(200);
        api.get(Person.laOfficer("872"), "/api/actions/" + id).expect(404);
    }

    @Test
    void remindersAreConfiguredFromApplicationYml() {
        assertThat(reminders.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(reminders.stalledAfterDays()).isEqualTo(14);
    }
}
