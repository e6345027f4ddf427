package uk.org.networkcommons.events.network;

import java.util.Set;
import uk.org.networkcommons.events.LaCode;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.events.UserId;

/**
 * Who may see and run a network, as of the event that carries it: the owning LA, the organisations that are members
 * today, the people appointed as co-ordinators (who run it) and all its appointed leaders (co-ordinators, co-leaders,
 * champions: who see it). {@code dissolved} networks stay readable to their LA only.
 */
public record NetworkAccess(NetworkId networkId, LaCode laCode, Set<OrganisationId> memberOrganisationIds,
        Set<UserId> coordinatorIds, Set<UserId> leaderIds, boolean dissolved) {

    public NetworkAccess {
        memberOrganisationIds = Set.copyOf(memberOrganisationIds);
        coordinatorIds = Set.copyOf(coordinatorIds);
        leaderIds = leaderIds == null ? Set.copyOf(coordinatorIds) : Set.copyOf(leaderIds);
    }
}
