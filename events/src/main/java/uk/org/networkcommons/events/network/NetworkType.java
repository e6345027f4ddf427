package uk.org.networkcommons.events.network;

/** The kind of network, in the terms local authorities use. */
public enum NetworkType {
    FEDERATION,
    TRUST,
    COLLABORATIVE,
    LEARNING_COMMUNITY,
    CLUSTER,
    EDUCATION_IMPROVEMENT_PARTNERSHIP,
    PRIMARY_STRATEGY_LEARNING_NETWORK,
    NETWORKED_LEARNING_COMMUNITY,
    FOURTEEN_TO_NINETEEN_PARTNERSHIP,
    ALLIANCE,
    OTHER
}
