package uk.org.networkcommons.events.network;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;

/** An LA formed a network. */
@EventType("uk.org.networkcommons.network.network-formed.v1")
public record NetworkFormed(NetworkId networkId, NetworkProfile profile, UserId formedBy, NetworkAccess access) implements NetworkEvent {
}
