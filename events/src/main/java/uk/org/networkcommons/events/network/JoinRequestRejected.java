package uk.org.networkcommons.events.network;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** A join request was turned down. */
@EventType("uk.org.networkcommons.network.join-request-rejected.v1")
public record JoinRequestRejected(NetworkId networkId, String requestId, OrganisationId organisationId, String reason, UserId decidedBy, NetworkAccess access) implements NetworkEvent {
}
