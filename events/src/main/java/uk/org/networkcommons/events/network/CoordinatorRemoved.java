package uk.org.networkcommons.events.network;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;

/** A person no longer leads a network in the given role. */
@EventType("uk.org.networkcommons.network.coordinator-removed.v1")
public record CoordinatorRemoved(NetworkId networkId, UserId userId, LeadershipRole role, UserId removedBy, NetworkAccess access) implements NetworkEvent {
}
