package uk.org.networkcommons.cameoservice.library;

/** The five key challenges an LA meets when it builds its strategy around networks of schools. */
public enum ChallengeKey {
    FOCUS,
    OWNERSHIP,
    STRUCTURES,
    CAPACITY,
    EFFECTIVENESS
}
