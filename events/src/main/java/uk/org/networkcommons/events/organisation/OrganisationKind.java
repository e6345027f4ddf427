package uk.org.networkcommons.events.organisation;

/** What sort of organisation this is. */
public enum OrganisationKind {
    SCHOOL,
    LOCAL_AUTHORITY,
    PARTNER_AGENCY
}
