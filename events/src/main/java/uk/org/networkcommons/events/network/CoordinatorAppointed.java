package uk.org.networkcommons.events.network;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;

/** A person was appointed to lead a network as co-ordinator, co-leader or champion. */
@EventType("uk.org.networkcommons.network.coordinator-appointed.v1")
public record CoordinatorAppointed(NetworkId networkId, UserId userId, String displayName, LeadershipRole role, UserId appointedBy, NetworkAccess access) implements NetworkEvent {
}
