package uk.org.networkcommons.platform.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@link OutboxRelay}, under {@code network-commons.outbox}.
 *
 * @param enabled       whether this instance relays at all; a service that only consumes may turn it off
 * @param pollInterval  pause between two looks for pending entries that no save announced (left over by a broker
 *                      outage, a crash, or another instance)
 * @param leaseDuration how long a claim on an aggregate keeps other relays away; must comfortably exceed the time of
 *                      one send ({@code sendTimeout}) so that a lease never runs out under a live relay
 * @param sendTimeout   the most one send may take before it counts as failed (Kafka's {@code delivery.timeout.ms});
 *                      bounds how long a broker outage holds a relay thread
 * @param batchSize     the most aggregates one look claims per collection
 * @param concurrency   how many aggregates one relay sends for at once (each aggregate's own events go one by one)
 */
@ConfigurationProperties("network-commons.outbox")
public record OutboxProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("30s") Duration leaseDuration,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("100") int batchSize,
        @DefaultValue("4") int concurrency) {

    public OutboxProperties {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("network-commons.outbox.poll-interval must be positive");
        }
        if (sendTimeout.toMillis() < 100) {
            throw new IllegalArgumentException("network-commons.outbox.send-timeout must be at least 100ms");
        }
        if (leaseDuration.compareTo(sendTimeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("network-commons.outbox.lease-duration (" + leaseDuration
                    + ") must be at least twice the send-timeout (" + sendTimeout + ")");
        }
        if (batchSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("network-commons.outbox.batch-size and concurrency must be positive");
        }
    }

    /** The defaults, as a service gets them without any setting. */
    public static OutboxProperties defaults() {
        return new OutboxProperties(true, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(10), 100, 4);
    }

    public OutboxProperties withPollInterval(Duration interval) {
        return new OutboxProperties(enabled, interval, leaseDuration, sendTimeout, batchSize, concurrency);
    }

    public OutboxProperties withTimeouts(Duration send, Duration lease) {
        return new OutboxProperties(enabled, pollInterval, lease, send, batchSize, concurrency);
    }
}
