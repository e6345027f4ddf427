package uk.org.networkcommons.events.organisation;

import uk.org.networkcommons.events.OrganisationId;

/** An event of one organisation. */
public sealed interface OrganisationEvent permits OrganisationRegistered, OrganisationUpdated {

    OrganisationId organisationId();
}
