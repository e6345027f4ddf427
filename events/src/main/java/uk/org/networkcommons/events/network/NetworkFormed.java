package uk.org.networkcommons.events.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** An LA formed a network. */
@EventType("uk.org.networkcommons.network.network-formed.v1")
public record NetworkFormed(NetworkId networkId, NetworkProfile profile, UserId formedBy, NetworkAccess access) implements NetworkEvent {
}
