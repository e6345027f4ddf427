package uk.org.networkcommons.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.org.networkcommons.events.network.JoinRequested;
import uk.org.networkcommons.events.network.MemberJoined;
import uk.org.networkcommons.events.network.NetworkEvent;
import uk.org.networkcommons.events.network.NetworkFormed;
import uk.org.networkcommons.platform.messaging.CloudEventDeserializer;
import uk.org.networkcommons.platform.messaging.CloudEventEnvelope;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.outbox.OutboxEntry;

class NetworkBacklogTest {

    private final NetworkBacklog backlog = new NetworkBacklog(Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"),
            ZoneOffset.UTC));
    private final CloudEventEnvelope envelope = CloudEventEnvelope.forApplication("network-service");

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20, 60})
    void eachNetworkHasExactlyTheWantedEventsNumberedFromOneOnThePerfTopic(int events) {
        for (int index = 0; index < 5; index++) {
            List<OutboxEntry> entries = backlog.history(index, events).newEvents();

            assertThat(entries).hasSize(events);
            assertThat(entries).extracting(OutboxEntry::aggregateVersion)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, events).boxed().toList());
            assertThat(entries).allSatisfy(entry -> assertThat(entry.topic()).isEqualTo(BacklogNetwork.TOPIC));
        }
    }

    @Test
    void everyEventDecodesAsTheServicesDecodeItAndTheLastCarriesTheNetworksAccessNow() {
        BacklogNetwork network = backlog.history(0, 40);
        CloudEventDeserializer deserializer = new CloudEventDeserializer();

        List<ReceivedEvent<?>> received = network.newEvents().stream().map(envelope::toRecord)
                .<ReceivedEvent<?>>map(record -> deserializer.deserialize(record.topic(), record.headers(),
                        record.value()))
                .toList();

        assertThat(received.getFirst().payload()).isInstanceOf(NetworkFormed.class);
        assertThat(received).allSatisfy(event -> {
            assertThat(event.subject()).isEqualTo(network.aggregateId());
            assertThat(event.source()).isEqualTo("/network-service");
            assertThat(event.payload()).isInstanceOf(NetworkEvent.class);
        });
        assertThat(((NetworkEvent) received.getLast().payload()).access()).isEqualTo(network.access());
    }

    @Test
    void aHistoryLongerThanTheDemosGoesOnWithOrganisationsAskingToJoinAndBeingAdmitted() {
        List<Object> payloads = backlog.history(1, 30).newEvents().stream().map(envelope::toRecord)
                .<Object>map(record -> new CloudEventDeserializer().deserialize(record.topic(), record.headers(),
                        record.value()).payload())
                .toList();

        List<JoinRequested> requests = payloads.stream().filter(JoinRequested.class::isInstance)
                .map(JoinRequested.class::cast).toList();
        assertThat(requests).isNotEmpty();
        assertThat(payloads).filteredOn(MemberJoined.class::isInstance).map(MemberJoined.class::cast)
                .extracting(MemberJoined::joinRequestId).contains(requests.getFirst().requestId());
    }

    @Test
    void networksAreDistinctAndNamedAfterTheDemoNetworks() {
        BacklogNetwork first = backlog.history(0, 1);
        BacklogNetwork sixth = backlog.history(5, 1);

        assertThat(first.aggregateId()).isNotEqualTo(sixth.aggregateId());
        assertThat(first.profile().name()).isEqualTo("Fernmoor North Learning Community 1");
        assertThat(sixth.profile().name()).isEqualTo("Fernmoor North Learning Community 6");
    }

    @Test
    void aNetworkWithoutEventsCannotBeMade() {
        assertThatThrownBy(() -> backlog.history(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
