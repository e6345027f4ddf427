package uk.org.networkcommons.events.network;

import java.time.Instant;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** An organisation asked to join a network; a co-ordinator or LA officer decides. */
@EventType("uk.org.networkcommons.network.join-requested.v1")
public record JoinRequested(NetworkId networkId, String requestId, OrganisationId organisationId, MembershipRole role, String message, UserId requestedBy, Instant requestedAt, NetworkAccess access) implements NetworkEvent {
}
