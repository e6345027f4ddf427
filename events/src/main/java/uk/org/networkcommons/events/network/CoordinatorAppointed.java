package uk.org.networkcommons.events.network;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** A person was appointed to lead a network as co-ordinator, co-leader or champion. */
@EventType("uk.org.networkcommons.network.coordinator-appointed.v1")
public record CoordinatorAppointed(NetworkId networkId, UserId userId, String displayName, LeadershipRole role, UserId appointedBy, NetworkAccess access) implements NetworkEvent {
}
