package uk.org.networkcommons.events.network;

/** What the network is for; a network may have several. */
public enum NetworkFocus {
    SCHOOL_IMPROVEMENT,
    EVERY_CHILD_MATTERS_OUTCOMES,
    FOURTEEN_TO_NINETEEN,
    EXTENDED_SERVICES,
    COMMUNITY_REGENERATION,
    OTHER
}
