package uk.org.networkcommons.gateway.portal.dashboard;

import java.util.Optional;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.gateway.stream.EventStream;
import uk.org.networkcommons.gateway.stream.RecentActivity;
import uk.org.networkcommons.gateway.stream.StreamedEvent;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The dashboard's feed over the gateway's event stream, which already keeps to what the viewer may see; this only
 * narrows it to the LA on the page (a platform admin's stream holds every LA).
 */
@Component
class StreamActivityFeed implements ActivityFeed {

    /** How far back the first screen looks before narrowing to one LA: the stream's own cap on recent activity. */
    static final int RECENT_WINDOW = 100;

    private final RecentActivity recentActivity;
    private final EventStream eventStream;

    StreamActivityFeed(RecentActivity recentActivity, EventStream eventStream) {
        this.recentActivity = recentActivity;
        this.eventStream = eventStream;
    }

    @Override
    public Flux<Activity> latest(Viewer viewer, LaCode laCode, int limit) {
        return recentActivity.recent(viewer, RECENT_WINDOW)
                .flatMapMany(Flux::fromIterable)
                .filter(event -> laCode.equals(event.laCode()))
                .take(limit)
                .map(StreamActivityFeed::toActivity);
    }

    @Override
    public Flux<Activity> follow(Viewer viewer, LaCode laCode, Optional<String> lastEventId) {
        return eventStream.subscribe(viewer, lastEventId)
                .filter(event -> laCode.equals(event.laCode()))
                .map(StreamActivityFeed::toActivity);
    }

    private static Activity toActivity(StreamedEvent event) {
        return new Activity(event.id(), event.time(), event.description());
    }
}
