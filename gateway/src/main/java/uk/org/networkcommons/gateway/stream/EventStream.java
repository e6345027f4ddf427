package uk.org.networkcommons.gateway.stream;

import java.util.Optional;
import reactor.core.publisher.Flux;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Every domain event the viewer may see, live, as it reaches the topics. Each subscription reads the topics on its
 * own, from just after {@code lastEventId} or, without one, from the end (only what happens from now on); cancelling
 * the subscription closes it. The flux fails before emitting anything with {@link InvalidStreamPosition} for a
 * resume id this gateway cannot resume from and {@link TooManyStreams} when the viewer has too many open.
 */
public interface EventStream {

    /** The events only, for pages that render them as they come. */
    default Flux<StreamedEvent> subscribe(Viewer viewer, Optional<String> lastEventId) {
        return items(viewer, lastEventId).ofType(StreamedEvent.class);
    }

    /** The events and the heartbeats between them; the first item is a heartbeat, emitted once the stream is open. */
    Flux<StreamItem> items(Viewer viewer, Optional<String> lastEventId);
}
