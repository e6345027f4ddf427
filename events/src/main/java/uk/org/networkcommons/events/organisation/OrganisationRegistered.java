package uk.org.networkcommons.events.organisation;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** A new organisation was registered. */
@EventType("uk.org.networkcommons.organisation.organisation-registered.v1")
public record OrganisationRegistered(OrganisationId organisationId, OrganisationProfile profile, UserId registeredBy) implements OrganisationEvent {
}
