package uk.org.networkcommons.events.network;

import java.time.LocalDate;
import java.util.Set;
import uk.org.networkcommons.events.NetworkId;

/** What a network is and how it is governed: the part of a network that its LA edits as a whole. */
public record NetworkProfile(String name, NetworkType type, NetworkBasis basis, Set<NetworkFocus> focus,
        ContinuumForm continuumForm, GovernanceModel governanceModel, String objectives, LocalDate endsOn,
        NetworkId parentNetworkId) {

    public NetworkProfile {
        focus = Set.copyOf(focus);
    }

    /** A network with an end date exists for a finite objective; without one it is ongoing. */
    public boolean finite() {
        return endsOn != null;
    }
}
