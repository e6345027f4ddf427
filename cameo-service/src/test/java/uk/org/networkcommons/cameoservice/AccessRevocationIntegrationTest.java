package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;
import uk.org.networkcommons.platform.outbox.OutboxEntry;

/**
 * An organisation that leaves a network loses its workshops as soon as this service has read network-service's
 * MemberLeft, without anyone calling anything: the projection's newer version wins and its staff are told the
 * network's workshops do not exist. The delay is measured from publishing the event to the first 404.
 */
class AccessRevocationIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";
    static final Path DELAY_REPORT = Path.of("target", "revocation-delay.txt");
    static final Duration LIMIT = Duration.ofSeconds(30);

    @Autowired
    MongoTemplate mongo;

    @Test
    void staffOfAnOrganisationThatLeftGetNotFoundOnTheNetworksWorkshopsOnceMemberLeftIsConsumed() throws Exception {
        String staying = "school-" + Person.Ids.next();
        String leaving = "school-" + Person.Ids.next();
        Person coordinator = Person.staffOf(staying, LA);
        Person leaver = Person.staffOf(leaving, LA);
        NetworkFeed network = NetworkFeed.of(LA);
        network.publishAndAwait(mongo, network.formed(), network.joined(staying), network.joined(leaving),
                network.appointedCoordinator(coordinator.userId()));
        String workshopId = api.post(coordinator, "/api/networks/%s/workshops".formatted(network.id()),
                WorkshopRequests.plan("Before the departure", staying, leaving)).expect(201).field("$.id");
        String list = "/api/networks/%s/workshops".formatted(network.id());
        api.get(leaver, list).expect(200);
        api.get(leaver, "/api/workshops/" + workshopId).expect(200);

        OutboxEntry memberLeft = network.left(leaving);
        long published = System.nanoTime();
        NetworkFeed.publish(memberLeft);
        int status;
        do {
            status = api.get(leaver, list).status();
            if (status == 200) {
                // a short pause keeps the poll from starving the consumer on a two-core machine
                Thread.sleep(5);
            }
        } while (status == 200 && System.nanoTime() - published < LIMIT.toNanos());
        Duration delay = Duration.ofNanos(System.nanoTime() - published);

        assertThat(status).as("first answer other than 200 within %s", LIMIT).isEqualTo(404);
        api.get(leaver, "/api/workshops/" + workshopId).expect(404);
        api.get(leaver, "/api/workshops/%s/export.csv".formatted(workshopId)).expect(404);
        api.get(leaver, "/api/networks/%s/self-assessments".formatted(network.id())).expect(404);
        api.get(coordinator, "/api/workshops/" + workshopId).expect(200);
        assertThat(network.appliedVersion(mongo)).isEqualTo(memberLeft.aggregateVersion());
        report(delay);
    }

    private static void report(Duration delay) throws IOException {
        String line = "%s revocation delay (MemberLeft published -> first 404): %d ms%n".formatted(Instant.now(),
                delay.toMillis());
        System.out.print(line);
        Files.createDirectories(DELAY_REPORT.getParent());
        Files.writeString(DELAY_REPORT, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }
}
