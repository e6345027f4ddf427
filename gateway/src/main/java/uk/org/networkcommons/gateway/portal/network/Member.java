package uk.org.networkcommons.gateway.portal.network;

import java.time.LocalDate;

/** A membership as network-service's {@code MemberView} gives it: who, in what role, from when (until when). */
public record Member(String organisationId, String name, String kind, String role, LocalDate from, LocalDate until,
        String leftReason) {

    /** The organisation's name, or its id while the service has no name for it. */
    public String displayName() {
        return name == null || name.isBlank() ? organisationId : name;
    }
}
