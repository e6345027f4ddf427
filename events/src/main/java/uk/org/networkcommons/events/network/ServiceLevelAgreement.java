package uk.org.networkcommons.events.network;

import uk.org.networkcommons.events.OrganisationId;

/** One line of a partnership agreement: who does what, and who pays. */
public record ServiceLevelAgreement(String service, OrganisationId providedBy, String fundedBy, String terms) {
}
