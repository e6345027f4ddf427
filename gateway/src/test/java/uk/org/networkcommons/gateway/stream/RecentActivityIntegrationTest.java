package uk.org.networkcommons.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.org.networkcommons.gateway.stream.Events.actionRaised;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.Disposable;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.outbox.OutboxEntry;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.security.TestUsers;

@GatewayIntegrationTest
class RecentActivityIntegrationTest {

    @Autowired
    RecentActivity recentActivity;

    @Autowired
    EventStream eventStream;

    @BeforeEach
    void resetFakes() {
        FakeServices.reset();
    }

    @Test
    void theNewestVisibleEventsComeNewestFirstWithSentencesAndInvisibleOnesAreLeftOut() {
        NetworkFeed network = NetworkFeed.of(Published.freshLaCode());
        NetworkFeed elsewhere = NetworkFeed.of(Published.freshLaCode());
        Viewer officer = TestUsers.laOfficer(network.laCode(), OrganisationId.random()).expectedViewer();
        OrganisationId school = OrganisationId.random();
        Instant start = Instant.now();
        List<OutboxEntry> ours = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ours.add(at(start.plusMillis(i), actionRaised(network, school, Set.of(), "Action " + i)));
        }
        Published.publish(ours.toArray(OutboxEntry[]::new));
        Published.publish(at(start.plusMillis(10), actionRaised(elsewhere, school, Set.of(), "Elsewhere")));

        List<StreamedEvent> recent = recentActivity.recent(officer, 3).block(Duration.ofSeconds(30));

        assertThat(recent).extracting(StreamedEvent::eventId)
                .containsExactly(ours.get(4).eventId(), ours.get(3).eventId(), ours.get(2).eventId());
        assertThat(recent).extracting(StreamedEvent::description)
                .containsExactly("Action ‘Action 4’ was raised, due on " + dueDate(ours.get(4)) + ".",
                        "Action ‘Action 3’ was raised, due on " + dueDate(ours.get(3)) + ".",
                        "Action ‘Action 2’ was raised, due on " + dueDate(ours.get(2)) + ".");
    }

    @Test
    void subscribingWithTheIdOfTheRecentListContinuesRightAfterIt() {
        NetworkFeed network = NetworkFeed.of(Published.freshLaCode());
        Viewer officer = TestUsers.laOfficer(network.laCode(), OrganisationId.random()).expectedViewer();
        OrganisationId school = OrganisationId.random();
        List<Published> shown = Published.publish(actionRaised(network, school, Set.of(), "Shown"));

        List<StreamedEvent> recent = recentActivity.recent(officer, 10).block(Duration.ofSeconds(30));
        assertThat(recent).extracting(StreamedEvent::eventId).contains(shown.getFirst().eventId());
        assertThat(recent).extracting(StreamedEvent::id).as("one position for the whole list").containsOnly(
                recent.getFirst().id());
        List<Published> after = Published.publish(actionRaised(network, school, Set.of(), "After 1"),
                actionRaised(network, school, Set.of(), "After 2"));

        List<StreamedEvent> live = new CopyOnWriteArrayList<>();
        Disposable subscription = eventStream.subscribe(officer, Optional.of(recent.getFirst().id()))
                .subscribe(live::add);
        try {
            await().atMost(StreamClient.PATIENCE).during(Duration.ofSeconds(1)).untilAsserted(() ->
                    assertThat(live).extracting(StreamedEvent::eventId)
                            .containsExactlyInAnyOrderElementsOf(after.stream().map(Published::eventId).toList()));
        } finally {
            subscription.dispose();
        }
    }

    @Test
    void askingForNothingReadsNothing() {
        Viewer officer = TestUsers.laOfficer(Published.freshLaCode(), OrganisationId.random()).expectedViewer();

        assertThat(recentActivity.recent(officer, 0).block(Duration.ofSeconds(5))).isEmpty();
    }

    private static OutboxEntry at(Instant time, OutboxEntry entry) {
        return new OutboxEntry(entry.eventId(), entry.type(), entry.topic(), entry.aggregateId(),
                entry.aggregateVersion(), time, entry.networkId(), entry.laCode(), entry.payload());
    }

    private static String dueDate(OutboxEntry raised) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(
                uk.org.networkcommons.platform.messaging.EventJson.read(raised.payload(),
                        uk.org.networkcommons.events.action.ActionRaised.class).dueDate());
    }
}
