package uk.org.networkcommons.gateway.portal.home;

import java.util.List;

import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.gateway.stream.RecentActivity;
import uk.org.networkcommons.gateway.stream.StreamedEvent;
import uk.org.networkcommons.platform.security.Viewer;

/** Recent activity from the live event stream, which already keeps to what the viewer may see. */
@Component
class StreamActivitySource implements ActivitySource {

    private final RecentActivity recentActivity;

    StreamActivitySource(RecentActivity recentActivity) {
        this.recentActivity = recentActivity;
    }

    @Override
    public Mono<List<Activity>> recent(Viewer viewer, int limit) {
        return recentActivity.recent(viewer, limit).map(events -> events.stream().map(StreamActivitySource::toActivity).toList());
    }

    private static Activity toActivity(StreamedEvent event) {
        return new Activity(event.description(), event.time(),
                event.networkId() == null ? null : event.networkId().value());
    }
}
