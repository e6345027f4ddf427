package uk.org.networkcommons.events.network;

/** The part an organisation plays in a network. */
public enum MembershipRole {
    MEMBER,
    LEAD,
    SPOKE
}
