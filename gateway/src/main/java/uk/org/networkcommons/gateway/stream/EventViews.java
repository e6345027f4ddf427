package uk.org.networkcommons.gateway.stream;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.network.NetworkAccess;
import uk.org.networkcommons.platform.access.EventVisibility;
import uk.org.networkcommons.platform.access.NetworkAccessProjection;
import uk.org.networkcommons.platform.messaging.ReceivedEvent;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Turns a received event into what one viewer is shown, or nothing if {@link EventVisibility} says they may not see
 * it. Network access comes from the gateway's own {@link NetworkAccessProjection}, read when the event is judged, so a
 * membership ended a moment ago already closes the stream to that network's later events.
 */
@Component
public class EventViews {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NetworkAccessProjection networks;
    private final Names names;

    public EventViews(NetworkAccessProjection networks, Names names) {
        this.networks = networks;
        this.names = names;
    }

    /** A judge for one viewer; not thread-safe, as it remembers network access until {@link Judge#forgetNetworks()}. */
    public Judge judgeFor(Viewer viewer) {
        return new Judge(viewer);
    }

    public final class Judge {

        private final Viewer viewer;
        private final Map<NetworkId, Optional<NetworkAccess>> seen = new HashMap<>();

        private Judge(Viewer viewer) {
            this.viewer = viewer;
        }

        /**
         * The event as the viewer sees it, if they may.
         *
         * @param json       the event's JSON as published
         * @param resumeId   the resume id of the stream just after this event, asked for only if the event is shown
         * @param recordTime when the broker took the event, used if the event does not say when it happened
         */
        public Optional<StreamedEvent> view(ReceivedEvent<?> event, byte[] json, Supplier<String> resumeId,
                Instant recordTime) {
            if (!EventVisibility.canSee(viewer, event, this::network)) {
                return Optional.empty();
            }
            JsonNode data;
            try {
                data = JSON.readTree(json);
            } catch (JacksonException unreadable) {
                return Optional.empty();
            }
            return Optional.of(new StreamedEvent(resumeId.get(), event.id(), event.type(), event.source(),
                    event.subject(), event.time() != null ? event.time() : recordTime, event.aggregateVersion(),
                    event.networkId(), event.laCode(), data, event.payload(),
                    EventDescriptions.describe(event.payload(), names)));
        }

        /** Forgets the network access read so far, so the next events are judged on fresh access. */
        public void forgetNetworks() {
            seen.clear();
        }

        private Optional<NetworkAccess> network(NetworkId id) {
            return seen.computeIfAbsent(id, networks::find);
        }
    }
}
