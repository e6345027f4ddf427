package uk.org.networkcommons.events.network;

import java.time.LocalDate;
import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** An organisation stopped being a member of a network on the given date. */
@EventType("uk.org.networkcommons.network.member-left.v1")
public record MemberLeft(NetworkId networkId, OrganisationId organisationId, LocalDate effectiveOn, String reason, UserId recordedBy, NetworkAccess access) implements NetworkEvent {
}
