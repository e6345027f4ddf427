package uk.org.networkcommons.gateway.portal.home;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.platform.security.Viewer;

/** The home page's recent activity: what the {@link ActivitySource} gives, or "not available" without one. */
@Component
class ActivityPanel {

    static final int SHOWN = 10;
    static final Duration WAIT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ActivityPanel.class);

    private final ObjectProvider<ActivitySource> sources;

    ActivityPanel(ObjectProvider<ActivitySource> sources) {
        this.sources = sources;
    }

    Mono<Part<List<Activity>>> recent(Viewer viewer) {
        ActivitySource source = sources.getIfAvailable();
        if (source == null) {
            return Mono.just(Part.unavailable());
        }
        return source.recent(viewer, SHOWN)
                .map(items -> Part.of(items.stream().limit(SHOWN).toList()))
                .defaultIfEmpty(Part.of(List.of()))
                // activity is a courtesy on the home page: a slow or failing stream must not hold up or break it
                .timeout(WAIT)
                .onErrorResume(error -> {
                    log.warn("Recent activity could not be read for the home page: {}", error.toString());
                    return Mono.just(Part.unavailable());
                });
    }
}
