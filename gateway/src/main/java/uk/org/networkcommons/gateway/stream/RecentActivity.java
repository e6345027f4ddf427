package uk.org.networkcommons.gateway.stream;

import java.util.List;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * The newest events the viewer may see, newest first, found by reading back from the ends of the topics a bounded
 * number of records per partition (so a viewer who sees little may get fewer than asked for, never a slow page).
 * Every event returned carries the same resume id, the position of the read: subscribing to the {@link EventStream}
 * with it continues right after the list, with nothing missed and nothing twice.
 */
public interface RecentActivity {

    Mono<List<StreamedEvent>> recent(Viewer viewer, int limit);
}
