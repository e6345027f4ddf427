package uk.org.networkcommons.gateway.stream;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Counts the streams each viewer has open in this gateway, so that one client (a dashboard stuck in a reconnect loop,
 * say) cannot hold a Kafka consumer per request without bound. The count is per gateway instance.
 */
@Component
public class StreamLimits {

    private final int perViewer;
    private final ConcurrentHashMap<UserId, Integer> open = new ConcurrentHashMap<>();

    public StreamLimits(EventStreamProperties properties) {
        this.perViewer = properties.maxStreamsPerViewer();
    }

    /** Counts one more stream for the viewer, or throws {@link TooManyStreams}; close the permit when it ends. */
    public Permit acquire(Viewer viewer) {
        UserId user = viewer.userId();
        boolean[] granted = {false};
        open.compute(user, (id, count) -> {
            int current = count == null ? 0 : count;
            if (current >= perViewer) {
                return count;
            }
            granted[0] = true;
            return current + 1;
        });
        if (!granted[0]) {
            throw new TooManyStreams(perViewer);
        }
        return new Permit(user);
    }

    /** Streams the viewer has open now. */
    public int openStreams(Viewer viewer) {
        return open.getOrDefault(viewer.userId(), 0);
    }

    /** One open stream; closing it more than once counts once. */
    public final class Permit implements AutoCloseable {

        private final UserId user;
        private final AtomicBoolean closed = new AtomicBoolean();

        private Permit(UserId user) {
            this.user = user;
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                open.computeIfPresent(user, (id, count) -> count <= 1 ? null : count - 1);
            }
        }
    }
}
