package uk.org.networkcommons.events.network;

/** The part a person plays in leading a network. Co-ordinators manage membership and agreements. */
public enum LeadershipRole {
    COORDINATOR,
    CO_LEADER,
    CHAMPION
}
