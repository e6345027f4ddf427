package uk.org.networkcommons.events.network;

import java.time.LocalDate;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;

/** A network was dissolved; its memberships ended on that date. */
@EventType("uk.org.networkcommons.network.network-dissolved.v1")
public record NetworkDissolved(NetworkId networkId, LocalDate dissolvedOn, String reason, UserId dissolvedBy, NetworkAccess access) implements NetworkEvent {
}
