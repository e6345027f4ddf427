package uk.org.networkcommons.events.network;

import java.time.LocalDate;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** An organisation became a member of a network from the given date (directly or by an approved join request). */
@EventType("uk.org.networkcommons.network.member-joined.v1")
public record MemberJoined(NetworkId networkId, OrganisationId organisationId, MembershipRole role, LocalDate effectiveFrom, String joinRequestId, UserId recordedBy, NetworkAccess access) implements NetworkEvent {
}
