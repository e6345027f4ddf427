package uk.org.networkcommons.events.organisation;

import uk.org.networkcommons.events.EventType;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/** An organisation's details changed; carries the whole profile after the change. */
@EventType("uk.org.networkcommons.organisation.organisation-updated.v1")
public record OrganisationUpdated(OrganisationId organisationId, OrganisationProfile profile, UserId updatedBy) implements OrganisationEvent {
}
