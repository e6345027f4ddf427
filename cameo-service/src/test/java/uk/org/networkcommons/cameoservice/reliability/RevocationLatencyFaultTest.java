package uk.org.networkcommons.cameoservice.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.cameoservice.support.WorkshopRequests;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.test.api.Api;
import uk.org.networkcommons.platform.test.api.Person;
import uk.org.networkcommons.platform.test.api.ServiceIntegrationTest;
import uk.org.networkcommons.platform.test.api.Tokens;
import uk.org.networkcommons.platform.test.reliability.Latencies;
import uk.org.networkcommons.platform.test.reliability.NetworkServiceStandIn;
import uk.org.networkcommons.platform.test.reliability.StandInNetwork;

/**
 * Fifty organisations leave a network one after the other. For each, the time from the member-left command (the
 * network saved with its MemberLeft in the outbox, as network-service does) to the first 404 its staff get from this
 * service is measured, through the relay, Kafka, this service's consumer and projection, and its API. The figures
 * (p50, p99) are printed and written to {@code target/reliability/}; the test asserts only that every one of them
 * does end in 404, while the organisations that stay keep their 200.
 */
@ServiceIntegrationTest
class RevocationLatencyFaultTest {

    static final String LA = "878";
    static final int REVOCATIONS = 50;
    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    NetworkAccessProjection projection;

    @Test
    void everyOrganisationThatLeavesGetsNotFoundAndTheDelayIsMeasured() throws Exception {
        Api api = new Api(mvc, Tokens.testIssuer());
        String staying = "school-" + Person.Ids.next();
        Person coordinator = Person.staffOf(staying, LA);
        List<String> leaving = IntStream.range(0, REVOCATIONS).mapToObj(i -> "school-" + Person.Ids.next()).toList();
        Latencies delays = new Latencies("cameo-service revocation (member-left command -> first 404)");

        try (NetworkServiceStandIn networkService = NetworkServiceStandIn.onSharedBroker()) {
            StandInNetwork network = networkService.form(LA);
            networkService.join(network, staying);
            networkService.appointCoordinator(network, coordinator.userId());
            leaving.forEach(organisation -> networkService.join(network, organisation));
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(50)).until(() -> projection
                    .find(NetworkId.of(network.id())).filter(access -> access.equals(network.access())).isPresent());
            String workshops = "/api/networks/%s/workshops".formatted(network.id());
            api.post(coordinator, workshops, WorkshopRequests.plan("Before the departures", staying)).expect(201);

            for (String organisation : leaving) {
                Person staff = Person.staffOf(organisation, LA);
                api.get(staff, workshops).expect(200);
                long command = System.nanoTime();
                networkService.leave(network, organisation);
                int status = api.get(staff, workshops).status();
                while (status == 200 && System.nanoTime() - command < PATIENCE.toNanos()) {
                    // a short pause keeps the polling from starving the consumer on a two-core machine
                    Thread.sleep(2);
                    status = api.get(staff, workshops).status();
                }
                delays.add(Duration.ofNanos(System.nanoTime() - command));
                assertThat(status).as("answer to staff of %s after it left", organisation).isEqualTo(404);
            }
            api.get(coordinator, workshops).expect(200);
            assertThat(projection.find(NetworkId.of(network.id()))).contains(network.access());
        }
        delays.report(Path.of("target", "reliability", "revocation-latency.txt"),
                Path.of("target", "reliability", "revocation-latency-history.txt"));
        assertThat(delays.count()).isEqualTo(REVOCATIONS);
    }
}
