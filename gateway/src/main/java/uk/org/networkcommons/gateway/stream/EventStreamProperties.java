package uk.org.networkcommons.gateway.stream;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the event stream ({@code network-commons.event-stream.*}).
 *
 * @param heartbeat              how often an idle stream sends a comment (with its position) so proxies keep it open
 * @param reconnectDelay         the SSE {@code retry} the stream asks clients to wait before reconnecting
 * @param maxStreamsPerViewer    open streams one viewer (person or service account) may have at once; more get 429
 * @param recentScanPerPartition records read back per partition at most to find recent activity
 * @param recentLimit            the most recent events one call returns
 */
@ConfigurationProperties("network-commons.event-stream")
public record EventStreamProperties(@DefaultValue("15s") Duration heartbeat,
        @DefaultValue("5s") Duration reconnectDelay,
        @DefaultValue("5") int maxStreamsPerViewer,
        @DefaultValue("2000") int recentScanPerPartition,
        @DefaultValue("100") int recentLimit) {

    public EventStreamProperties {
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("network-commons.event-stream.heartbeat must be positive");
        }
        if (maxStreamsPerViewer < 1 || recentScanPerPartition < 1 || recentLimit < 1) {
            throw new IllegalArgumentException(
                    "network-commons.event-stream limits must be at least 1: " + maxStreamsPerViewer + ", "
                            + recentScanPerPartition + ", " + recentLimit);
        }
    }
}
