package uk.org.networkcommons.events.organisation;

/** Phase of education of a school, as recorded in Get Information about Schools. */
public enum SchoolPhase {
    NURSERY,
    PRIMARY,
    MIDDLE,
    SECONDARY,
    ALL_THROUGH,
    SPECIAL,
    PUPIL_REFERRAL_UNIT,
    SIXTEEN_TO_NINETEEN
}
