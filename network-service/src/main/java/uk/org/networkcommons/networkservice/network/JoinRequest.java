package uk.org.networkcommons.networkservice.network;

import java.time.Instant;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.MembershipRole;

/** An organisation's request to join, waiting for a co-ordinator or LA officer to decide. */
public record JoinRequest(String id, OrganisationId organisationId, MembershipRole role, String message,
        UserId requestedBy, Instant requestedAt, Status status, UserId decidedBy, Instant decidedAt, String reason) {

    public enum Status {
        PENDING, APPROVED, REJECTED
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    JoinRequest decided(Status decision, UserId by, Instant at, String why) {
        return new JoinRequest(id, organisationId, role, message, requestedBy, requestedAt, decision, by, at, why);
    }
}
