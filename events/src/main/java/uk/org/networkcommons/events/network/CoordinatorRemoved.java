package uk.org.networkcommons.events.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** A person no longer leads a network in the given role. */
@EventType("uk.org.networkcommons.network.coordinator-removed.v1")
public record CoordinatorRemoved(NetworkId networkId, UserId userId, LeadershipRole role, UserId removedBy, NetworkAccess access) implements NetworkEvent {
}
