package uk.org.networkcommons.gateway.stream.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.Disposable;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.action.ActionCommented;
import uk.org.networkcommons.events.ActionId;
import uk.org.networkcommons.gateway.stream.EventStreamProperties;
import uk.org.networkcommons.gateway.stream.EventViews;
import uk.org.networkcommons.gateway.stream.Published;
import uk.org.networkcommons.gateway.stream.StreamItem;
import uk.org.networkcommons.gateway.stream.StreamLimits;
import uk.org.networkcommons.gateway.stream.StreamPosition;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * Heartbeats on a stream with a short interval: a second {@link KafkaEventStream} built from the context's own
 * consumers and views, so the shared context keeps the production interval.
 */
@GatewayIntegrationTest
class HeartbeatIntegrationTest {

    @Autowired
    StreamConsumers consumers;

    @Autowired
    EventViews views;

    @Test
    void anIdleStreamSendsHeartbeatsWhosePositionMovesPastWhatTheViewerMayNotSee() {
        EventStreamProperties quick = new EventStreamProperties(Duration.ofMillis(200), Duration.ofSeconds(5), 5, 2000,
                100);
        KafkaEventStream stream = new KafkaEventStream(consumers, views, new StreamLimits(quick), quick);
        Viewer officer = TestUsers.laOfficer(Published.freshLaCode(), OrganisationId.random()).expectedViewer();
        List<StreamItem> items = new CopyOnWriteArrayList<>();

        Disposable subscription = stream.items(officer, Optional.empty()).subscribe(items::add);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> items.size() >= 3);
            String otherLa = Published.freshLaCode();
            ActionId action = ActionId.random();
            Published invisible = Published.publish(action.value(), new ActionCommented(action, NetworkId.random(),
                    LaCode.of(otherLa), OrganisationId.random(), Set.of(), "Not for this LA", null, UserId.of("x")));
            StreamPosition.Partition partition = new StreamPosition.Partition(invisible.topic(), invisible.partition());

            await().atMost(Duration.ofSeconds(30)).until(() -> StreamPosition.decode(items.getLast().id())
                    .offset(partition).orElse(0L) > invisible.offset());
            assertThat(items).allSatisfy(item -> assertThat(item).isInstanceOf(StreamItem.Heartbeat.class));
        } finally {
            subscription.dispose();
        }
    }
}
