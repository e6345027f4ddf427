package uk.org.networkcommons.gateway.portal.dashboard;

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
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.stream.Events;
import uk.org.networkcommons.gateway.stream.Published;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.security.TestUsers;

@GatewayIntegrationTest
class StreamActivityFeedTest {

    @Autowired
    StreamActivityFeed feed;

    @Test
    void theAdminsFeedForOneLaHoldsOnlyThatLasEventsOnLoadAndLive() {
        NetworkFeed ours = NetworkFeed.of(Published.freshLaCode());
        NetworkFeed theirs = NetworkFeed.of(Published.freshLaCode());
        LaCode la = LaCode.of(ours.laCode());
        Viewer admin = TestUsers.platformAdmin().expectedViewer();
        OrganisationId school = OrganisationId.random();
        Published.publish(Events.actionRaised(ours, school, Set.of(), "Ours before"),
                Events.actionRaised(theirs, school, Set.of(), "Theirs before"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(descriptions(
                feed.latest(admin, la, 10).collectList().block(Duration.ofSeconds(20))))
                .anySatisfy(text -> assertThat(text).contains("Ours before"))
                .noneSatisfy(text -> assertThat(text).contains("Theirs before")));

        List<Activity> live = new CopyOnWriteArrayList<>();
        Disposable following = feed.follow(admin, la, Optional.empty()).subscribe(live::add);
        try {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                Published.publish(Events.actionRaised(theirs, school, Set.of(), "Theirs live"),
                        Events.actionRaised(ours, school, Set.of(), "Ours live"));
                assertThat(descriptions(live)).anySatisfy(text -> assertThat(text).contains("Ours live"));
            });
            assertThat(descriptions(live)).noneSatisfy(text -> assertThat(text).contains("Theirs"));
        } finally {
            following.dispose();
        }
    }

    private static List<String> descriptions(List<Activity> activities) {
        return activities.stream().map(Activity::description).toList();
    }
}
