package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.outbox.OutboxEntry;

/**
 * Kafka delivers at least once and a relay may re-send after a crash, so this service sees network events twice and
 * late. The newest version of a network wins: a duplicate or an older event never brings back an organisation that
 * has left, nor removes one that has joined. Each check first waits until the service has consumed the stale events,
 * so "nothing changed" is proven, not assumed.
 */
class NetworkEventReplayIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    NetworkAccessProjection projection;

    @Test
    void duplicatesAndOlderEventsAfterANewerOneChangeNothing() {
        String leaver = "school-" + Person.Ids.next();
        String stayer = "school-" + Person.Ids.next();
        Person coordinator = Person.staffOf(stayer, LA);
        NetworkFeed network = NetworkFeed.of(LA);
        OutboxEntry formed = network.formed();
        OutboxEntry leaverJoined = network.joined(leaver);
        OutboxEntry stayerJoined = network.joined(stayer);
        OutboxEntry appointed = network.appointedCoordinator(coordinator.userId());
        OutboxEntry leaverLeft = network.left(leaver);
        network.publishAndAwait(mongo, formed, leaverJoined, stayerJoined, appointed, leaverLeft);
        String workshops = "/api/networks/%s/workshops".formatted(network.id());
        api.post(coordinator, workshops, WorkshopRequests.plan("Capacity review", stayer)).expect(201);

        NetworkFeed.awaitConsumed("cameo-service", NetworkFeed.publish(leaverLeft, leaverJoined, leaverJoined, formed, stayerJoined,
                leaverLeft));

        assertThat(network.appliedVersion(mongo)).isEqualTo(5);
        assertThat(projection.find(NetworkId.of(network.id())).orElseThrow().memberOrganisationIds())
                .containsExactly(OrganisationId.of(stayer));
        api.get(Person.staffOf(leaver, LA), workshops).expect(404);
        api.get(Person.staffOf(stayer, LA), workshops).expect(200);
        api.post(coordinator, workshops, WorkshopRequests.plan("Still the co-ordinator", stayer)).expect(201);
    }

    @Test
    void anOlderEventArrivingAfterANewerOneIsIgnored() {
        String member = "school-" + Person.Ids.next();
        NetworkFeed network = NetworkFeed.of(LA);
        OutboxEntry formed = network.formed();
        OutboxEntry joined = network.joined(member);

        // network-service's relay keeps order per network, but a replay from another source may not
        network.publishAndAwait(mongo, joined);
        NetworkFeed.awaitConsumed("cameo-service", NetworkFeed.publish(formed));

        assertThat(network.appliedVersion(mongo)).isEqualTo(2);
        assertThat(projection.find(NetworkId.of(network.id())).orElseThrow().memberOrganisationIds())
                .containsExactly(OrganisationId.of(member));
        api.get(Person.staffOf(member, LA), "/api/networks/%s/workshops".formatted(network.id())).expect(200);
    }

    @Test
    void aDissolutionIsNotUndoneByALateMembershipEvent() {
        String member = "school-" + Person.Ids.next();
        NetworkFeed network = NetworkFeed.of(LA);
        OutboxEntry formed = network.formed();
        OutboxEntry joined = network.joined(member);
        network.publishAndAwait(mongo, formed, joined, network.dissolved());

        NetworkFeed.awaitConsumed("cameo-service", NetworkFeed.publish(joined, formed));

        assertThat(projection.find(NetworkId.of(network.id())).orElseThrow().dissolved()).isTrue();
        api.get(Person.staffOf(member, LA), "/api/networks/%s/workshops".formatted(network.id())).expect(404);
        api.get(Person.laOfficer(LA), "/api/networks/%s/workshops".formatted(network.id())).expect(200);
    }
}
