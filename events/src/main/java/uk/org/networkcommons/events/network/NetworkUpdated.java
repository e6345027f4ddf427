package uk.org.networkcommons.events.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** A network's profile (name, type, focus, governance...) changed; carries the whole profile after the change. */
@EventType("uk.org.networkcommons.network.network-updated.v1")
public record NetworkUpdated(NetworkId networkId, NetworkProfile profile, UserId updatedBy, NetworkAccess access) implements NetworkEvent {
}
