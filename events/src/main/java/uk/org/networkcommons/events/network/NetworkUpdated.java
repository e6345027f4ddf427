package uk.org.networkcommons.events.network;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;

/** A network's profile (name, type, focus, governance...) changed; carries the whole profile after the change. */
@EventType("uk.org.networkcommons.network.network-updated.v1")
public record NetworkUpdated(NetworkId networkId, NetworkProfile profile, UserId updatedBy, NetworkAccess access) implements NetworkEvent {
}
