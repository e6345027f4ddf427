package uk.org.networkcommons.gateway.portal.dashboard;

import java.util.Optional;

import reactor.core.publisher.Flux;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * What happens in an LA, for the dashboard's live feed: the gateway's event stream, narrowed to one LA and to what the
 * viewer may see. The dashboard works without one (it then says live activity is not available).
 */
public interface ActivityFeed {

    /** Up to {@code limit} of the latest things that happened in the LA that the viewer may see, newest first. */
    Flux<Activity> latest(Viewer viewer, LaCode laCode, int limit);

    /**
     * What happens in the LA from now on, as it happens, for as long as the subscriber stays. After a reconnect the
     * browser sends the last id it saw, and the feed resumes after it where it still can.
     */
    Flux<Activity> follow(Viewer viewer, LaCode laCode, Optional<String> lastEventId);
}
