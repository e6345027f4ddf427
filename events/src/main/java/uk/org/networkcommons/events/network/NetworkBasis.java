package uk.org.networkcommons.events.network;

/** What brings the members together. */
public enum NetworkBasis {
    GEOGRAPHIC,
    THEMATIC,
    COMMON_INTEREST
}
