package uk.org.networkcommons.platform.messaging;

import java.time.Instant;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;

/**
 * An integration event as a consumer receives it: the CloudEvents attributes from the headers and the decoded event
 * record. Listeners declare the family they expect, e.g. {@code ReceivedEvent<NetworkEvent>}, and switch on
 * {@link #payload()}.
 *
 * @param subject          the id of the aggregate the event belongs to
 * @param time             when the event happened; null if the producer did not say
 * @param aggregateVersion the position of the event in its aggregate's history, for {@link VersionedProjections}
 * @param networkId        the network the event concerns, or null
 * @param laCode           the local authority the event concerns, or null
 */
public record ReceivedEvent<T>(String id, String type, String source, String subject, Instant time,
        long aggregateVersion, NetworkId networkId, LaCode laCode, T payload) {
}
