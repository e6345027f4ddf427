package uk.org.networkcommons.cameoservice.support;

import uk.org.networkcommons.platform.test.api.Person;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import uk.org.networkcommons.events.EventCatalogue;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.Topics;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.CoordinatorAppointed;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.messaging.EventJson;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.test.TopicRecords;

/**
 * Makes people network co-ordinators the way cameo-service learns it in production: network-service's
 * {@code CoordinatorAppointed} event on the networks topic, picked up by the service's own access projection.
 */
public final class Coordinators {

    private Coordinators() {
    }

    /** A member of staff of a school in the LA, appointed co-ordinator of a new network of that LA. */
    public static Person appointIn(String laCode, NetworkAccessProjection networks) {
        Person coordinator = Person.staffOf("school-" + Person.Ids.next(), laCode);
        NetworkId network = NetworkId.random();
        UserId user = UserId.of(coordinator.userId());
        NetworkAccess access = new NetworkAccess(network, LaCode.of(laCode),
                Set.of(OrganisationId.of(coordinator.organisationId())), Set.of(user), Set.of(user), false);
        CoordinatorAppointed appointed = new CoordinatorAppointed(network, user, "Co-ordinator",
                LeadershipRole.COORDINATOR, UserId.of("officer-of-" + laCode), access);
        OutboxEntry entry = new OutboxEntry(UUID.randomUUID().toString(), EventCatalogue.typeOf(CoordinatorAppointed.class),
                Topics.NETWORKS, network.value(), 1, Instant.now(), network.value(), laCode, EventJson.write(appointed));
        TopicRecords.onSharedBroker().send(CloudEventEnvelope.forApplication("network-service").toRecord(entry));
        await().atMost(Duration.ofSeconds(30)).until(() -> networks.coordinatesAnyNetwork(user));
        return coordinator;
    }
}
