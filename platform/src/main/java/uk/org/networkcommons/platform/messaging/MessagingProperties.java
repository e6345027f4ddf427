package uk.org.networkcommons.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the consuming side and of the topics, under {@code network-commons.messaging}.
 *
 * @param topics how the event topics and their dead-letter topics are created
 * @param retry  how a listener that throws is retried before its record goes to the dead letters
 */
@ConfigurationProperties("network-commons.messaging")
public record MessagingProperties(@DefaultValue Topics topics, @DefaultValue Retry retry) {

    /**
     * @param create            whether the service creates the topics it knows (every event topic and its
     *                          {@code .DLT}) at start-up if they do not exist
     * @param partitions        partitions of each topic; the dead-letter topic gets the same number
     * @param replicationFactor replicas of each topic; 1 suits one broker, production clusters want 3
     */
    public record Topics(@DefaultValue("true") boolean create, @DefaultValue("3") int partitions,
            @DefaultValue("1") short replicationFactor) {
    }

    /**
     * Exponential back-off for a listener that throws; decoding failures are never retried.
     *
     * @param maxRetries      retries after the first failure before the record is dead-lettered
     * @param initialInterval wait before the first retry
     * @param multiplier      factor by which each wait grows
     * @param maxInterval     longest wait between two retries
     */
    public record Retry(@DefaultValue("3") int maxRetries, @DefaultValue("500ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier, @DefaultValue("5s") Duration maxInterval) {
    }
}
