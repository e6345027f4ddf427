package uk.org.networkcommons.networkservice.leadership;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.org.networkcommons.events.NetworkId;
import uk.org.networkcommons.events.UserId;
import uk.org.networkcommons.events.network.LeadershipRole;
import uk.org.networkcommons.networkservice.network.Leader;
import uk.org.networkcommons.networkservice.network.Network;
import uk.org.networkcommons.networkservice.network.NetworkPolicy.Action;
import uk.org.networkcommons.networkservice.network.Networks;
import uk.org.networkcommons.platform.security.Viewer;

/**
 * Appointing the people who run a network. Co-ordinators hold the network's day-to-day powers, so only the LA appoints
 * or removes them; co-ordinators may themselves appoint co-leaders and champions.
 */
@Service
public class Leadership {

    private final Networks networks;
    private final Clock clock;

    public Leadership(Networks networks, Clock clock) {
        this.networks = networks;
        this.clock = clock;
    }

    public List<Leader> leaders(Viewer viewer, NetworkId networkId) {
        return networks.get(viewer, networkId).leaders();
    }

    public Network appoint(Viewer viewer, NetworkId networkId, UserId userId, String displayName, LeadershipRole role) {
        return networks.change(viewer, networkId, null, actionFor(role), network -> {
            network.appoint(userId, displayName, role, viewer.userId(), clock);
            return network;
        });
    }

    public Network remove(Viewer viewer, NetworkId networkId, UserId userId, LeadershipRole role) {
        return networks.change(viewer, networkId, null, actionFor(role), network -> {
            network.removeLeader(userId, role, viewer.userId(), clock);
            return network;
        });
    }

    private static Action actionFor(LeadershipRole role) {
        return role == LeadershipRole.COORDINATOR ? Action.GOVERN : Action.MANAGE;
    }
}
