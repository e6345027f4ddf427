package uk.org.networkcommons.events.network;

/** The governance scenarios networks use to think about how they are run. */
public enum GovernanceModel {
    TRUST_FEDERATION,
    FRANCHISE_BRAND,
    ALLIANCE,
    EMPLOYEE_OWNED_PARTNERSHIP,
    SELF_ORGANISING,
    CONSUMER_GOVERNED
}
