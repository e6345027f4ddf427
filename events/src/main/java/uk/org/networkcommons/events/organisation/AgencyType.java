package uk.org.networkcommons.events.organisation;

/** The service a partner agency provides. */
public enum AgencyType {
    HEALTH,
    POLICE,
    SOCIAL_CARE,
    YOUTH_SERVICE,
    CAREERS,
    FURTHER_EDUCATION_COLLEGE,
    VOLUNTARY_SECTOR,
    OTHER
}
