package uk.org.networkcommons.events.network;

/** Place on the federation continuum, from the most to the least formal. */
public enum ContinuumForm {
    HARD_FEDERATION,
    SOFT_FEDERATION_DELEGATED_POWERS,
    SOFT_FEDERATION_NO_DELEGATED_POWERS,
    LOOSE_COLLABORATION
}
