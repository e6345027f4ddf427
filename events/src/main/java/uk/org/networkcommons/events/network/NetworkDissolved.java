package uk.org.networkcommons.events.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** A network was dissolved; its memberships ended on that date. */
@EventType("uk.org.networkcommons.network.network-dissolved.v1")
public record NetworkDissolved(NetworkId networkId, LocalDate dissolvedOn, String reason, UserId dissolvedBy, NetworkAccess access) implements NetworkEvent {
}
