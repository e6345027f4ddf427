package uk.org.networkcommons.events.organisation;

import uk.org.networkcommons.events.LaCode;

/**
 * What is known about an organisation. Schools carry a URN and phase, partner agencies an agency type; the LA code is
 * the authority the organisation belongs to (for an LA, its own code).
 */
public record OrganisationProfile(String name, OrganisationKind kind, LaCode laCode, String urn, SchoolPhase phase,
        AgencyType agencyType) {
}
