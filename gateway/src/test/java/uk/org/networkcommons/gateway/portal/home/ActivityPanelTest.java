package uk.org.networkcommons.gateway.portal.home;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.platform.security.Viewer;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityPanelTest {

    static final Viewer VIEWER = new Viewer(UserId.of("u1"), "Someone", null, null, Set.of(Viewer.Role.MEMBER));

    static ActivityPanel with(ActivitySource source) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (source != null) {
            beans.addBean("activitySource", source);
        }
        return new ActivityPanel(beans.getBeanProvider(ActivitySource.class));
    }

    @Test
    void showsWhatTheSourceGivesForThePersonUpToTen() {
        List<Activity> many = IntStream.range(0, 12)
                .mapToObj(i -> new Activity("Thing " + i, Instant.parse("2026-11-24T10:00:00Z"), null)).toList();
        ActivityPanel panel = with((viewer, limit) -> {
            assertThat(viewer).isEqualTo(VIEWER);
            assertThat(limit).isEqualTo(ActivityPanel.SHOWN);
            return Mono.just(many);
        });

        Part<List<Activity>> part = panel.recent(VIEWER).block();

        assertThat(part.available()).isTrue();
        assertThat(part.value()).hasSize(10).first().extracting(Activity::description).isEqualTo("Thing 0");
    }

    @Test
    void withoutASourceItIsNotAvailable() {
        assertThat(with(null).recent(VIEWER).block().available()).isFalse();
    }

    @Test
    void aFailingSourceIsNotAvailableRatherThanAnError() {
        Part<List<Activity>> part = with((viewer, limit) -> Mono.error(new IllegalStateException("stream down")))
                .recent(VIEWER).block();

        assertThat(part.available()).isFalse();
    }
}
