package uk.org.networkcommons.events.network;

import uk.org.networkcommons.events.NetworkId;

/**
 * An event of one network. Every one carries the network's {@link NetworkAccess} after the change, so a consumer can keep
 * its own access projection from whichever event it sees last, without calling back.
 */
public sealed interface NetworkEvent permits NetworkFormed, NetworkUpdated, NetworkDissolved, JoinRequested,
        JoinRequestRejected, MemberJoined, MemberLeft, CoordinatorAppointed, CoordinatorRemoved, AgreementRecorded {

    NetworkId networkId();

    NetworkAccess access();
}
