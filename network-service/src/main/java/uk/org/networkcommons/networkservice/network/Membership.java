package uk.org.networkcommons.networkservice.network;

import java.time.LocalDate;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.MembershipRole;

/**
 * One period of an organisation's membership of a network: from the day it joined until the day it left (exclusive),
 * or open. Kept after it ends, so the network's membership on any past date can be answered.
 */
public record Membership(OrganisationId organisationId, MembershipRole role, LocalDate from, LocalDate until,
        String leftReason, UserId recordedBy) {

    public boolean isOpen() {
        return until == null;
    }

    public boolean isActiveOn(LocalDate date) {
        return !from.isAfter(date) && (until == null || until.isAfter(date));
    }

    Membership endedOn(LocalDate date, String reason) {
        return new Membership(organisationId, role, from, date, reason, recordedBy);
    }
}
